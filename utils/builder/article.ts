import { quoteSubjects } from './about';
import { addRelations } from './relations';
import { clusterMentions } from './aliases';
import { appositivesOf } from './appositives';
import { attributeQuotes } from './attribution';
import { docStats, sentenceMentions, type DemonymMention } from './candidates';
import { collectFacts } from './facts';
import { normalizeText } from './normalize';
import { findQuotes } from './quotes';
import { splitParagraphs } from './sentences';
import type { ArticleInput, ArticleResult, Mention } from './types';

/** Extracts entities (with descriptions and facts) and attributed quotations from one article. */
export function processArticle(article: ArticleInput): ArticleResult {
  const paragraphs = splitParagraphs(normalizeText(article.title), normalizeText(article.text));
  const stats = docStats(paragraphs);
  const demonyms: DemonymMention[] = [];
  const found: Mention[] = [];
  for (const p of paragraphs) for (const s of p.sentences) found.push(...sentenceMentions(p, s, stats, demonyms));
  const spans = findQuotes(paragraphs);
  // A lone capitalised word met only inside quoted speech ("the Aunties") is not taken for a name unless the
  // article also writes it outside quotations.
  const quoted = (m: Mention) => spans.some((q) => q.para === m.para && m.start >= q.start && m.end <= q.end);
  const outside = new Set(found.filter((m) => !quoted(m)).flatMap((m) => m.words));
  const mentions = found.filter((m) => m.canonical || m.words.length > 1 || outside.has(m.words[0]!) || !quoted(m));
  const entities = clusterMentions(mentions, paragraphs);
  const placed = mentions.filter((m) => m.cluster >= 0);
  for (const m of placed) {
    const p = paragraphs[m.para]!;
    if (p.titleCase) continue;
    const s = p.sentences.find((x) => x.index === m.sent)!;
    entities[m.cluster]!.descriptions.push(...appositivesOf(m, p, s.tokens));
  }
  addRelations(paragraphs, placed, entities);
  collectFacts(entities, paragraphs);
  const speakers = attributeQuotes(spans, paragraphs, placed, entities);
  const about = quoteSubjects(spans, speakers, paragraphs, placed, demonyms, entities);
  const quotes = spans.map((q, i) => ({
    text: q.text,
    para: q.para,
    start: q.start,
    end: q.end,
    single: q.single,
    speaker: speakers[i] ?? null,
    about: about[i]!,
  }));
  return { entities, quotes };
}
