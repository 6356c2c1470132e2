import { inQuote, SENTENCE_END, VERB, type Scene } from './attribution-scene';
import type { QuoteSpan } from './quotes';
import type { Mention, Paragraph, Sentence } from './types';

// How many paragraphs on a speaker's voice may be carried to a quotation that names nobody.
const MAX_VOICE_GAP = 12;

/**
 * The speaker a quotation with no attribution of its own goes on from: the speaker of the quotation before it when
 * no other person is named in between; a person already quoted whom the paragraph just before names alone; the
 * one person named in a paragraph that ends with a colon just before it ("Ines Moreau told the council:"), or whose
 * said-clause closes it. Anything else leaves it unattributed.
 */
export function continuedVoice(scene: Scene, i: number): number | null {
  const { quotes, speakers, paragraphs, mentions, entities, unsaid } = scene;
  const q = quotes[i]!;
  const at = (para: number, offset: number) => para * 1e6 + offset;
  const people = (from: number, to: number) =>
    new Set(
      mentions
        .filter((m) => m.cluster >= 0 && !inQuote(scene, m) && entities[m.cluster]!.type === 'person')
        .filter((m) => at(m.para, m.start) >= from && at(m.para, m.start) < to)
        .map((m) => m.cluster),
    );
  const only = (set: Set<number>, who: number) => set.size === 1 && set.has(who);
  const reported = reporterJustBefore(scene, q, paragraphs[q.para]!);
  if (reported !== null) return reported;
  const before = paragraphs[q.para - 1];
  // Quotations nobody is given yet are passed over; one said by somebody unnamed ends the voice.
  let j = i - 1;
  while (j >= 0 && speakers[j] === null && !unsaid.has(j)) j--;
  const prev = quotes[j];
  const last = speakers[j] ?? null;
  if (prev && last !== null) {
    const between = people(at(prev.para, prev.end), at(q.para, q.start));
    if (q.para - prev.para <= MAX_VOICE_GAP && (between.size === 0 || only(between, last))) return last;
    // The paragraph just before names one person alone, somebody already quoted: the voice returns to them.
    const lead = q.start <= 1 && before ? people(at(before.index, 0), at(q.para, 0)) : new Set<number>();
    const one = lead.size === 1 ? [...lead][0]! : null;
    if (one !== null && speakers.slice(0, i).includes(one)) return one;
    return null;
  }
  if (q.start <= 1 && before && /:\s*$/.test(before.text)) {
    const s = before.sentences[before.sentences.length - 1]!;
    const named = people(at(before.index, s.start), at(before.index, s.end));
    if (named.size === 1) return [...named][0]!;
  }
  // "Ada Brook said the port would open.¶“We are ready.”": the paragraph before closes on one person's said-clause.
  if (q.start <= 1 && before && !before.headline && !/[“”"]/.test(before.text)) {
    const s = before.sentences[before.sentences.length - 1]!;
    const reported = reporterIn(scene, before, s);
    if (reported !== null) return reported;
  }
  return null;
}

// A speech verb right after a name ("Ada Brook said", "Brook, 54, told") or right before it ("said Ada Brook").
const VERB_AFTER_NAME = new RegExp(
  `^\\s*(?:,[^,“”"]{0,90},\\s*)?(?:(?:\\w+ly|once|also|then|later|again)\\s+)?${VERB}\\b`,
  'u',
);
const VERB_BEFORE_NAME = new RegExp(`\\b${VERB}\\s+(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,3}$`, 'u');

/**
 * "The port will open, Ada Brook said. “We are ready.”": a quotation opening a sentence of its own, right after a
 * sentence of the same paragraph that reports one person's words in a said-clause, goes on in that person's voice.
 */
function reporterJustBefore(scene: Scene, q: QuoteSpan, p: Paragraph): number | null {
  const opening = q.start - 1;
  if (!SENTENCE_END.test(p.text.slice(0, opening))) return null;
  const s = [...p.sentences].reverse().find((x) => x.start < opening && x.end <= opening + 1);
  if (!s || /[“”"]/.test(p.text.slice(s.start, opening))) return null;
  return reporterIn(scene, p, s);
}

/** The one person a sentence names, when a said-clause reports their words ("Ada Brook said", "said Ada Brook"). */
function reporterIn(scene: Scene, p: Paragraph, s: Sentence): number | null {
  const people = scene.mentions.filter(
    (m) =>
      m.para === p.index &&
      m.cluster >= 0 &&
      m.start >= s.start &&
      m.end <= s.end &&
      !m.modifier &&
      !inQuote(scene, m) &&
      scene.entities[m.cluster]!.type === 'person',
  );
  if (new Set(people.map((m) => m.cluster)).size !== 1) return null;
  // "said Ada Brook." closes the clause; "Police said Ada Brook was arrested" reports somebody else's words about her.
  const closes = (m: Mention) => /^\s*(?:[,.;!?]|$)/.test(p.text.slice(m.end, s.end));
  const says = people.some(
    (m) =>
      VERB_AFTER_NAME.test(p.text.slice(m.end, s.end)) ||
      (VERB_BEFORE_NAME.test(p.text.slice(s.start, m.start)) && closes(m)),
  );
  return says ? people[0]!.cluster : null;
}
