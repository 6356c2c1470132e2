import type { ArticleInput } from './types';

const FRONT_MATTER_KEYS = new Set(['title', 'url', 'publisher', 'published']);

/** Splits an optional leading `---` front-matter block off `text`; returns its fields and the rest. */
function frontMatter(text: string): { fields: Record<string, string>; body: string } {
  const fields: Record<string, string> = {};
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { fields, body: text };
  for (const line of match[1]!.split('\n')) {
    const m = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    let value = m[2]!;
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    if (FRONT_MATTER_KEYS.has(key) && value) fields[key] = value;
  }
  return { fields, body: text.slice(match[0].length) };
}

function build(id: string | undefined, fields: Record<string, string>, title: string, body: string): ArticleInput {
  const article: ArticleInput = { title: fields.title ?? title, text: body.trim() };
  if (id) article.id = id;
  if (fields.url) article.url = fields.url;
  if (fields.publisher) article.publisher = fields.publisher;
  if (fields.published) article.published = fields.published;
  return article;
}

/** Parses a plain-text article: optional front matter, then the headline on the first line, then the body. */
export function parseTextArticle(text: string, id?: string): ArticleInput {
  const { fields, body } = frontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const lines = body.split('\n');
  while (lines.length && !lines[0]!.trim()) lines.shift();
  if (fields.title) return build(id, fields, fields.title, lines.join('\n'));
  const headline = (lines.shift() ?? '').trim();
  return build(id, fields, headline, lines.join('\n'));
}

/** Reduces a line of Markdown to its text: links keep their words, emphasis and heading marks go. */
function markdownLine(line: string): string {
  return line
    .replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

/** Parses a Markdown article: front matter, the first heading (or line) as the title, the text as the body. */
export function parseMarkdownArticle(text: string, id?: string): ArticleInput {
  const { fields, body } = frontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const lines = body.split('\n').filter((l) => !/^\s*(```|---+|\*\*\*+|<!--.*-->)\s*$/.test(l));
  let title = fields.title ?? '';
  const kept: string[] = [];
  for (const raw of lines) {
    const line = markdownLine(raw).trim();
    if (!line) continue;
    if (!title) title = line;
    else kept.push(line);
  }
  return build(id, fields, title, kept.join('\n'));
}
