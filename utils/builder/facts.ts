import { clauseOf } from './clause';
import { leadOf, type Lead } from './lead';
import type { EntityDraft, Paragraph } from './types';

const MAX_FACTS = 6;
const MAX_FACT_LENGTH = 400;

/** Cleans a sentence for use as a fact: one line, bounded length. */
export function factText(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= MAX_FACT_LENGTH) return s;
  const cut = s.slice(0, MAX_FACT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * The sentences that mention each entity, the most informative first (those describing it, then longer ones),
 * and the best sentence with the entity as its subject for a card that has no role to show.
 */
export function collectFacts(entities: EntityDraft[], paragraphs: Paragraph[]): void {
  for (const e of entities) {
    const seen = new Set<number>();
    const scored: Array<{ text: string; score: number; order: number }> = [];
    let lead: Lead | null = null;
    for (const m of e.mentions) {
      if (m.weak) continue;
      const p = paragraphs[m.para]!;
      if (p.titleCase) continue;
      const s = p.sentences.find((x) => x.index === m.sent)!;
      if (s.titleCase) continue;
      const sentence = p.text.slice(s.start, s.end);
      const text = factText(sentence);
      // The headline is never a card text: the card would only repeat it.
      if (!p.headline && (!lead || lead.rank > 0)) {
        const at = [m.start - s.start, m.end - s.start, text] as const;
        const l: Lead | null =
          (m.modifier ? null : leadOf(sentence, ...at)) ?? (lead ? null : clauseOf(sentence, ...at));
        if (l && (!lead || l.rank < lead.rank)) lead = l;
      }
      if (seen.has(m.sent)) continue;
      seen.add(m.sent);
      const words = text.split(' ').length;
      if (words < 6) continue;
      const describes = /^,\s+(a|an|the)?\s*\p{Ll}/u.test(p.text.slice(m.end, m.end + 20)) ? 2 : 0;
      const size = words >= 12 && words <= 45 ? 1 : 0;
      scored.push({ text, score: describes + size, order: m.sent });
    }
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    e.facts = scored.slice(0, MAX_FACTS).map((f) => f.text);
    if (lead) e.lead = lead;
  }
}
