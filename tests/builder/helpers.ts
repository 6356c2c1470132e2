import { processArticle } from '@/utils/builder/article';
import { docStats, sentenceMentions, type DemonymMention } from '@/utils/builder/candidates';
import { normalizeText } from '@/utils/builder/normalize';
import { splitParagraphs } from '@/utils/builder/sentences';
import type { Mention } from '@/utils/builder/types';

/** The name mentions found in a short text (the first line is the headline). */
export function mentionsOf(text: string): { mentions: Mention[]; demonyms: DemonymMention[] } {
  const [title, ...body] = normalizeText(text).split('\n');
  const paragraphs = splitParagraphs(title!, body.join('\n'));
  const stats = docStats(paragraphs);
  const demonyms: DemonymMention[] = [];
  const mentions = paragraphs.flatMap((p) => p.sentences.flatMap((s) => sentenceMentions(p, s, stats, demonyms)));
  return { mentions, demonyms };
}

/** Entities of a short article as "name:type" strings, and a lookup by name. */
export function entitiesOf(title: string, text: string) {
  const result = processArticle({ title, text });
  const byName = (name: string) => result.entities.find((e) => e.name === name);
  const nameOf = (i: number | null) => (i === null ? null : result.entities[i]!.name);
  return { result, byName, nameOf, list: result.entities.map((e) => `${e.name}:${e.type}`) };
}
