// The features of one candidate speaker of one quotation that the hand rules already read, as numbers for a learned
// choice of who spoke: where the candidate is named around the quotation, whether a verb of speech stands beside that
// name, and whether the candidate spoke the quotations before (as the rules found them). The rules' own answer for
// the quotation is not among them: the scorer answers where the rules leave a quotation open.
import { inQuote, mentionsIn, VERB, type Scene } from '../attribution-scene';
import { pronounFits } from '../gender';
import type { Mention } from '../types';

/** The feature names, in the order the extractor writes them (the weights file lists the same names). */
export const SPEAKER_FEATURES = [
  'bias',
  'person',
  'organization',
  'same_paragraph',
  'paragraph_gap',
  'same_sentence',
  'named_just_after',
  'named_just_before',
  'verb_after_name',
  'verb_before_name',
  'opens_sentence',
  'only_modifier',
  'previous_speaker',
  'earlier_speaker',
  'only_person_near',
  'mentions_log',
  'most_mentioned',
  'pronoun_after_fits',
  'headline',
  'nested',
  'candidates_log',
] as const;

export type SpeakerFeature = (typeof SPEAKER_FEATURES)[number];

/** One candidate speaker of a quotation: an entity's index and its features. */
export interface SpeakerCandidate {
  entity: number;
  features: number[];
}

// How many paragraphs before the quotation's own a candidate may be named in.
const WINDOW = 2;
const VERB_AFTER = new RegExp(`^[’']?s?\\s*(?:,[^,“”"]{0,80},\\s*)?(?:(?:\\w+ly|also|then|later)\\s+)?${VERB}\\b`, 'u');
const VERB_BEFORE = new RegExp(`\\b${VERB}\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,4}$`, 'u');
const PRONOUN_SAYS = new RegExp(`^["”’']?[,.!?]?["”’']?\\s+(he|she)\\s+(?:\\w+ly\\s+)?${VERB}\\b`, 'iu');

/**
 * The candidates of each quotation (people and bodies named near it, and the rules' pick), with their features; none
 * for a quotation `wanted` leaves out.
 */
export function speakerCandidates(scene: Scene, wanted: (qi: number) => boolean = () => true): SpeakerCandidate[][] {
  const counts = new Map<number, number>();
  for (const m of scene.mentions) if (m.cluster >= 0) counts.set(m.cluster, (counts.get(m.cluster) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return scene.quotes.map((_, qi) => {
    if (!wanted(qi)) return [];
    const near = nearMentions(scene, qi);
    const ids = [...new Set(near.map((m) => m.cluster))];
    const pick = scene.speakers[qi];
    if (pick !== null && pick !== undefined && !ids.includes(pick)) ids.push(pick);
    const people = new Set(near.filter((m) => scene.entities[m.cluster]!.type === 'person').map((m) => m.cluster));
    return ids.map((entity) => ({
      entity,
      features: candidateFeatures(scene, qi, entity, {
        near: near.filter((m) => m.cluster === entity),
        onlyPerson: people.size === 1 && people.has(entity),
        mentions: counts.get(entity) ?? 0,
        most,
        candidates: ids.length,
      }),
    }));
  });
}

// Mentions of people and bodies outside quotations, in the quotation's paragraph and the few before it.
function nearMentions(scene: Scene, qi: number): Mention[] {
  const q = scene.quotes[qi]!;
  const out: Mention[] = [];
  for (let k = Math.max(0, q.para - WINDOW); k <= q.para; k++)
    for (const m of mentionsIn(scene, k)) {
      const t = scene.entities[m.cluster]!.type;
      if ((t === 'person' || t === 'organization') && !inQuote(scene, m)) out.push(m);
    }
  return out;
}

interface Context {
  near: Mention[];
  onlyPerson: boolean;
  mentions: number;
  most: number;
  candidates: number;
}

function candidateFeatures(scene: Scene, qi: number, entity: number, c: Context): number[] {
  const q = scene.quotes[qi]!;
  const p = scene.paragraphs[q.para]!;
  const e = scene.entities[entity]!;
  const own = c.near.filter((m) => m.para === q.para);
  const sentence = p.sentences.find((s) => q.start >= s.start && q.start <= s.end);
  const inSentence = own.some((m) => sentence && m.start >= sentence.start && m.end <= sentence.end);
  const textOf = (m: Mention) => scene.paragraphs[m.para]!.text;
  const earlier = scene.speakers.slice(0, qi);
  const previous = [...earlier].reverse().find((s) => s !== null && s !== undefined);
  const pronoun = PRONOUN_SAYS.exec(p.text.slice(q.end, q.end + 40));
  const gap = c.near.length ? q.para - Math.max(...c.near.map((m) => m.para)) : WINDOW + 1;
  const f: Record<SpeakerFeature, number> = {
    bias: 1,
    person: e.type === 'person' ? 1 : 0,
    organization: e.type === 'organization' ? 1 : 0,
    same_paragraph: own.length ? 1 : 0,
    paragraph_gap: Math.min(gap, WINDOW + 1) / (WINDOW + 1),
    same_sentence: inSentence ? 1 : 0,
    named_just_after: own.some((m) => m.start >= q.end && m.start - q.end <= 40) ? 1 : 0,
    named_just_before: own.some((m) => m.end <= q.start && q.start - m.end <= 60) ? 1 : 0,
    verb_after_name: c.near.some((m) => VERB_AFTER.test(textOf(m).slice(m.end, m.end + 120))) ? 1 : 0,
    verb_before_name: c.near.some((m) => VERB_BEFORE.test(textOf(m).slice(Math.max(0, m.start - 60), m.start))) ? 1 : 0,
    opens_sentence: c.near.some((m) => opensSentence(scene, m)) ? 1 : 0,
    only_modifier: c.near.length > 0 && c.near.every((m) => m.modifier) ? 1 : 0,
    previous_speaker: previous === entity ? 1 : 0,
    earlier_speaker: earlier.includes(entity) ? 1 : 0,
    only_person_near: c.onlyPerson ? 1 : 0,
    mentions_log: Math.log1p(c.mentions) / Math.log(10),
    most_mentioned: c.mentions === c.most ? 1 : 0,
    pronoun_after_fits: pronoun && pronounFits(pronoun[1]!, scene.genders[entity]!) && e.type === 'person' ? 1 : 0,
    headline: p.headline ? 1 : 0,
    nested: q.nested ? 1 : 0,
    candidates_log: Math.log1p(c.candidates) / Math.log(10),
  };
  return SPEAKER_FEATURES.map((k) => f[k]);
}

// A mention that opens its sentence, perhaps after "the" or a title: the sentence's likely subject.
function opensSentence(scene: Scene, m: Mention): boolean {
  const p = scene.paragraphs[m.para]!;
  const s = p.sentences.find((x) => m.start >= x.start && m.start < x.end);
  return !!s && /^[\s“”"‘’']*(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u.test(p.text.slice(s.start, m.start));
}
