import { ROLE_NOUNS } from './lexicon/cues';
import type { EntityDraft, Mention } from './types';

// Nouns for bodies that speak: "the ministry said", "the company said in a statement".
const ORG_NOUNS = new Set(
  'company ministry department agency government group organization organisation party bank court police army military office council committee commission firm union university institute board campaign club network charity'.split(
    ' ',
  ),
);
/**
 * Who "the minister" or "the ministry" is: the latest person described with that role, or organisation named or
 * described with that noun, mentioned before the given point; failing that, the one person given that role later.
 */
export function roleHolder(
  phrase: string,
  para: number,
  offset: number,
  mentions: Mention[],
  entities: EntityDraft[],
): number | null {
  const words = phrase.toLowerCase().split(/\s+/);
  const roles = words.filter((w) => ROLE_NOUNS.has(w));
  const bodies = words.filter((w) => ORG_NOUNS.has(w));
  if (!roles.length && !bodies.length) return null;
  const fits = (e: EntityDraft) => {
    const said = e.descriptions.join(' ').toLowerCase();
    if (e.type === 'person') return roles.some((r) => said.includes(r));
    if (e.type !== 'organization') return false;
    return bodies.some((b) => e.name.toLowerCase().split(' ').includes(b) || said.includes(b));
  };
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.cluster < 0 || m.para > para || (m.para === para && m.start > offset) || !fits(entities[m.cluster]!))
      continue;
    if (!best || m.para > best.para || (m.para === best.para && m.start > best.start)) best = m;
  }
  if (best) return best.cluster;
  // "the harbour master said" before the text names her: the one person the article ever gives that role.
  const later = new Set(
    mentions
      .filter((m) => m.cluster >= 0 && entities[m.cluster]!.type === 'person' && fits(entities[m.cluster]!))
      .map((m) => m.cluster),
  );
  return later.size === 1 ? [...later][0]! : null;
}
