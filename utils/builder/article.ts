import { quoteSubjects } from './about';
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
  const mentions: Mention[] = [];
  for (const p of paragraphs) for (const s of p.sentences) mentions.push(...sentenceMentions(p, s, stats, demonyms));
  const entities = clusterMentions(mentions, paragraphs);
  const placed = mentions.filter((m) => m.cluster >= 0);
  for (const m of placed) {
    const p = paragraphs[m.para]!;
    if (p.titleCase) continue;
    const s = p.sentences.find((x) => x.index === m.sent)!;
    entities[m.cluster]!.descriptions.push(...appositivesOf(m, p, s.tokens));
  }
  collectFacts(entities, paragraphs);
  const spans = findQuotes(paragraphs);
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
