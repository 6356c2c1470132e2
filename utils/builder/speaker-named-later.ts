import { mentionsIn, VERB, type Scene } from './attribution-scene';
import { ROLE_NOUNS } from './lexicon/cues';

// “…,” a spokeswoman for the ministry said / A spokeswoman said: “…”: a speaker given only by a role.
const ROLE = `(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?([\\p{Ll}-]+)(?:\\s+(?:for|of|at|with)\\s+[^,.;“”"]{1,50}?)?`;
const ROLE_AFTER = new RegExp(`^[”"’']?,?\\s+${ROLE}\\s+(?:\\w+ly\\s+)?${VERB}\\b`, 'u');
const ROLE_BEFORE = new RegExp(
  `(?:^|[.!?]\\s+)${ROLE}\\s+(?:\\w+ly\\s+)?${VERB}\\b[^.!?“”"]{0,40}?[:,]?\\s*["“‘']?$`,
  'iu',
);

/**
 * A quotation whose speaker is given only by a role, and the person named with that role soon after ("The
 * spokeswoman, Ines Moreau, declined to say more"): that person, when the next two paragraphs name exactly one.
 */
export function speakerNamedLater(scene: Scene, qi: number): number | null {
  const q = scene.quotes[qi]!;
  const text = scene.paragraphs[q.para]!.text;
  const role = (ROLE_AFTER.exec(text.slice(q.end, q.end + 90)) ?? ROLE_BEFORE.exec(text.slice(0, q.start)))?.[1];
  if (!role || !ROLE_NOUNS.has(role)) return null;
  const named = new RegExp(`\\b${role}(?:,\\s+|\\s+)$`, 'iu');
  const found = new Set<number>();
  for (let k = q.para; k <= Math.min(scene.paragraphs.length - 1, q.para + 2); k++) {
    const p = scene.paragraphs[k]!.text;
    for (const m of mentionsIn(scene, k)) {
      if (k === q.para && m.start < q.end) continue;
      const e = scene.entities[m.cluster]!;
      if (e.type === 'person' && named.test(p.slice(Math.max(0, m.start - 40), m.start))) found.add(m.cluster);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
