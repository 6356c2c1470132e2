import { mentionsIn, sceneOf, VERB, type Scene } from './attribution-scene';
import { continuedVoice } from './continued-voice';
import type { QuoteSpan } from './quotes';
import { speakerAfter } from './speaker-after-quote';
import { speakerBefore } from './speaker-before-quote';
import { speakerNamedLater } from './speaker-named-later';
import type { EntityDraft, Mention, Paragraph } from './types';

// The last verb of speech before a nested quotation, inside the outer one.
const INNER_VERB = new RegExp(
  `\\b(${VERB.slice(3, -1)}|ask|say|tell|reply|asking|saying|telling|adding)\\b(?![\\s\\S]*\\b(?:${VERB.slice(3, -1)}|ask|say|tell|reply|asking|saying|telling|adding)\\b)`,
  'iu',
);

/** Finds who said each quotation: explicit attributions first, then the quote's neighbours, then context. */
export function attributeQuotes(
  quotes: QuoteSpan[],
  paragraphs: Paragraph[],
  mentions: Mention[],
  entities: EntityDraft[],
): Array<number | null> {
  return attributionScene(quotes, paragraphs, mentions, entities).speakers;
}

/** The scene after the rules have found each quotation's speaker: what a learned chooser reads its features from. */
export function attributionScene(
  quotes: QuoteSpan[],
  paragraphs: Paragraph[],
  mentions: Mention[],
  entities: EntityDraft[],
): Scene {
  const scene = sceneOf(quotes, paragraphs, mentions, entities);
  attributeEach(scene);
  nameRolesLater(scene);
  joinBackwards(scene);
  shareWithinParagraph(scene);
  carryOpenQuotations(scene);
  carryEchoesAndVoices(scene);
  return scene;
}

// The headline's quoted words are not speech: a name beside them there is no said-clause. A headline quote gets
// a speaker only by repeating the words of a quote the body attributes.
const isHeadline = (scene: Scene, i: number) => scene.paragraphs[scene.quotes[i]!.para]!.headline;

/** Each quotation's own attribution: a said-clause after it or before it, or the voice around a nested one. */
function attributeEach(scene: Scene): void {
  const { quotes, speakers, unsaid } = scene;
  quotes.forEach((q, i) => {
    if (q.nested) {
      speakers[i] = nestedSpeaker(scene, i);
      if (speakers[i] === null) unsaid.add(i);
    } else speakers[i] = isHeadline(scene, i) ? null : explicitSpeaker(scene, i);
  });
}

// A said-clause after the quotation decides, nobody included; only when there is none is the text before it read.
function explicitSpeaker(scene: Scene, qi: number): number | null {
  const after = speakerAfter(scene, qi);
  return after !== undefined ? after : speakerBefore(scene, qi);
}

// Two quoted fragments joined by "and", "or" or a comma: 'It was “never inspected” and “left to rot,” Okoro said'.
const BACK_JOIN = /^[”"’']?\s*,?\s*(?:(?:and|or|but|nor)\s+)?(?:then\s+)?["“‘']?$/u;

/** A fragment with no speaker, joined to the next fragment of its sentence, shares that fragment's speaker. */
function joinBackwards(scene: Scene): void {
  const { quotes, speakers, paragraphs, unsaid } = scene;
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!;
    const next = quotes[i + 1]!;
    if (speakers[i] !== null || speakers[i + 1] === null || q.nested || next.nested || next.para !== q.para) continue;
    if (isHeadline(scene, i) || !BACK_JOIN.test(paragraphs[q.para]!.text.slice(q.end, next.start))) continue;
    speakers[i] = speakers[i + 1]!;
    unsaid.delete(i);
  }
}

/** A speaker given only by a role gets the person the article names with that role soon after. */
function nameRolesLater(scene: Scene): void {
  scene.quotes.forEach((q, i) => {
    if (scene.speakers[i] !== null || q.nested || isHeadline(scene, i)) return;
    const later = speakerNamedLater(scene, i);
    if (later === null) return;
    scene.speakers[i] = later;
    scene.unsaid.delete(i);
  });
}

/**
 * A quotation nested in another: the person the outer words report speaking ("I heard Ada Brook ask, ‘…’");
 * after "adding that …" the one who spoke the quotation before it inside the same outer words; else nobody.
 */
function nestedSpeaker(scene: Scene, qi: number): number | null {
  const { quotes, paragraphs, entities, speakers } = scene;
  const q = quotes[qi]!;
  const p = paragraphs[q.para]!;
  const outer = quotes.find((x) => !x.nested && x.para === q.para && x.start < q.start && x.end >= q.end);
  if (!outer) return null;
  const lead = p.text.slice(outer.start, q.start);
  const verb = INNER_VERB.exec(lead);
  if (!verb) return null;
  const verbAt = outer.start + verb.index;
  const who = mentionsIn(scene, q.para).filter(
    (m) => m.start >= outer.start && m.end <= verbAt && entities[m.cluster]!.type === 'person' && !m.modifier,
  );
  const last = who[who.length - 1];
  if (last && /^[\s,]*$/.test(p.text.slice(last.end, verbAt))) return last.cluster;
  // "I told them, ‘We stay,’” said Ada Brook: the outer speaker quoting their own words.
  if (/\bI\s+(?:\w+ly\s+)?$/.test(p.text.slice(outer.start, verbAt))) {
    const k = quotes.indexOf(outer);
    return k < qi ? (speakers[k] ?? null) : null;
  }
  if (!/ing$/i.test(verb[1]!)) return null;
  for (let k = qi - 1; k >= 0; k--) {
    const x = quotes[k]!;
    if (!x.nested || x.para !== q.para || x.start < outer.start) break;
    return speakers[k] ?? null;
  }
  return null;
}

/**
 * A quote split around its attribution, or a second quote in the paragraph, shares the speaker; not right after
 * words the paragraph gives nobody ("“…,” the report by Tomas Berg said. “…”").
 */
function shareWithinParagraph(scene: Scene): void {
  const { quotes, speakers, unsaid } = scene;
  quotes.forEach((q, i) => {
    if (speakers[i] !== null || unsaid.has(i) || isHeadline(scene, i)) return;
    const before = quotes.findLastIndex((x, k) => k < i && x.para === q.para && !x.nested);
    if (before >= 0 && unsaid.has(before) && !q.nested) return;
    const same = quotes.map((x, k) => [x, speakers[k]] as const).filter(([x, sp]) => x.para === q.para && sp !== null);
    if (same.length) speakers[i] = same[0]![1] ?? null;
  });
}

/** A quotation left open at a paragraph's end goes on in the next paragraph, whose attribution it shares. */
function carryOpenQuotations(scene: Scene): void {
  const { quotes, speakers } = scene;
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!;
    const next = quotes[i + 1]!;
    if (speakers[i] === null && q.open && next.para === q.para + 1 && next.start <= 1)
      speakers[i] = speakers[i + 1] ?? null;
  }
}

/**
 * Words repeated from another quote (headlines, headings) belong to that quote's speaker; other quotes with no
 * attribution continue the voice of what came before them. Echoes go first, so a voice carried on reaches only
 * quotations that repeat nothing; then echoes of the newly carried, then the rest.
 */
function carryEchoesAndVoices(scene: Scene): void {
  const { quotes, speakers, unsaid } = scene;
  const echoOf = echoesOf(quotes);
  const fromEcho = () =>
    quotes.forEach((_, i) => {
      const k = echoOf[i]!;
      // A quotation nested in another is somebody's words inside them, not an echo of the outer speaker's.
      if (speakers[i] === null && k >= 0 && speakers[k] !== null && !quotes[i]!.nested) speakers[i] = speakers[k]!;
    });
  const open = (i: number) => speakers[i] === null && !unsaid.has(i) && !isHeadline(scene, i);
  fromEcho();
  quotes.forEach((_, i) => {
    if (open(i) && echoOf[i]! < 0) speakers[i] = continuedVoice(scene, i);
  });
  fromEcho();
  quotes.forEach((_, i) => {
    if (open(i)) speakers[i] = continuedVoice(scene, i);
  });
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** For each quotation, the index of another whose words hold it or share a run of four words with it, else -1. */
function echoesOf(quotes: QuoteSpan[]): number[] {
  return quotes.map((q, i) => {
    const k = quotes.findIndex((x, j) => j !== i && norm(x.text).includes(norm(q.text)));
    return k >= 0 ? k : quotes.findIndex((x, j) => j !== i && sharesRun(norm(q.text), norm(x.text), 4));
  });
}

/** True if a short quotation repeats a run of at least `n` consecutive words of another ("to encourage more drivers"). */
export function sharesRun(short: string, long: string, n: number): boolean {
  const a = short.split(' ');
  if (a.length < n || a.length > 12) return false;
  const padded = ` ${long} `;
  for (let i = 0; i + n <= a.length; i++) if (padded.includes(` ${a.slice(i, i + n).join(' ')} `)) return true;
  return false;
}
