import { SPEECH_VERBS } from './lexicon/cues';
import type { Paragraph } from './types';

/** A quotation span inside a paragraph (offsets of the text between the marks). */
export interface QuoteSpan {
  para: number;
  start: number;
  end: number;
  text: string;
  single: boolean;
  /** The paragraph ends before the quotation closes (it goes on in the next paragraph). */
  open: boolean;
  /** Quoted inside another quotation (testimony quoting a call): the words of somebody the outer speaker heard. */
  nested?: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPEN_BEFORE = /[\s([{—–:;,/]/;
// Words that introduce a name or a hypothetical rather than somebody's words.
const NOT_SPEECH_BEFORE =
  /(?:as if to say|as if saying|so-called|dubbed|known as|nicknamed|titled|entitled|headlined|labelled|labeled|the word|the words|the term|the phrase|branded)\s*$/i;

const capsShare = (ws: string[]) => ws.filter((x) => /^\p{Lu}/u.test(x)).length / ws.length;

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** Finds double-quoted spans: curly pairs, or straight marks that open after a space and close before one. */
function doubleSpans(p: Paragraph): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const t = p.text;
  let openAt = -1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    const prev = t[i - 1];
    const opens = ch === '“' || (ch === '"' && openAt < 0 && (prev === undefined || OPEN_BEFORE.test(prev)));
    if (openAt < 0 && opens) openAt = i;
    else if (openAt >= 0 && ch === '"' && t[openAt] === '“' && innerStraight(t, i)) continue;
    else if (openAt >= 0 && (ch === '”' || ch === '"')) {
      spans.push(span(p, openAt + 1, i, false, false));
      openAt = -1;
    } else if (openAt >= 0 && ch === '“') openAt = i; // an unclosed mark: start again
  }
  if (openAt >= 0) spans.push(span(p, openAt + 1, t.length, false, true));
  return spans;
}

// “He told me, "You are fired," and left,”: straight marks inside curly ones quote inside the quotation, when the
// curly close comes later, before any other curly opening.
function innerStraight(t: string, i: number): boolean {
  const close = t.indexOf('”', i + 1);
  const reopen = t.indexOf('“', i + 1);
  return close >= 0 && (reopen < 0 || close < reopen);
}

/** Finds single-quoted spans outside double quotes, telling apostrophes from quotation marks. */
function singleSpans(p: Paragraph, taken: QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const t = p.text;
  const inside = (i: number) => taken.some((s) => i >= s.start - 1 && i <= s.end);
  let openAt = -1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if ((ch !== '‘' && ch !== "'" && ch !== '’') || inside(i)) continue;
    const prev = t[i - 1];
    const next = t[i + 1];
    const opening =
      (ch === '‘' || ch === "'") &&
      (prev === undefined || OPEN_BEFORE.test(prev)) &&
      next !== undefined &&
      LETTER.test(next);
    const closing =
      (ch === '’' || ch === "'") &&
      prev !== undefined &&
      !/\s/.test(prev) &&
      (next === undefined || !LETTER.test(next));
    if (openAt < 0 && opening) openAt = i;
    else if (openAt >= 0 && closing) {
      const s = span(p, openAt + 1, i, true, false);
      if (words(s.text).length <= 40 || longSingle(p, s, t[openAt]!)) spans.push(s);
      openAt = -1;
    }
  }
  // "He said: ‘We were shocked.¶‘Nobody warned us.’": a quotation left open at a paragraph's end goes on in the next.
  if (openAt >= 0 && t[openAt] === '‘' && /[.?!]$/.test(t.trimEnd())) {
    const s = span(p, openAt + 1, t.length, true, true);
    if (words(s.text).length >= 3 && words(s.text).length <= 80) spans.push(s);
  }
  return spans;
}

// ‘We have worked hard …,’ Berg said. / Berg said: ‘We have worked hard …’: a long quotation in single marks (as
// British papers write them) is taken when curly marks open it and a said-clause or a colon stands beside it.
function longSingle(p: Paragraph, s: QuoteSpan, opener: string): boolean {
  if (opener !== '‘' || words(s.text).length > MAX_LONG_SINGLE) return false;
  const before = p.text.slice(Math.max(0, s.start - 40), s.start - 1);
  return /:\s*$/.test(before) || SAID_AFTER.test(p.text.slice(s.end + 1, s.end + 60));
}
const MAX_LONG_SINGLE = 150;

function span(p: Paragraph, start: number, end: number, single: boolean, open: boolean): QuoteSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(p.text[s]!)) s++;
  while (e > s && /\s/.test(p.text[e - 1]!)) e--;
  return { para: p.index, start: s, end: e, text: p.text.slice(s, e), single, open };
}

// "The findings, Moreau said, were …": a said-clause set off by commas inside the sentence.
const PARENTHETICAL_SAID = new RegExp(
  `,\\s+(?:he|she|(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]*)\\s+(?:${[...SPEECH_VERBS].join('|')}),\\s`,
  'u',
);

// A short quotation closing a clause with a speech verb: said the plans were “credible but risky”.
function saidBefore(q: QuoteSpan, p: Paragraph, anywhere = false): boolean {
  const sentence = p.sentences.find((s) => q.start >= s.start && q.start < s.end);
  if (!sentence) return false;
  // 'He told the paper: “Nobody came.”': a colon just before the quotation introduces it.
  const parts = p.text.slice(sentence.start, q.start).split(/[;:]/);
  const clause = (parts.length > 1 && !/[\p{L}\p{N}]/u.test(parts.at(-1)!) ? parts.at(-2) : parts.at(-1)) ?? '';
  const closes = /[.,]$/.test(q.text) || /^["”’']?\s*(?:[.,;!?)]|$)/.test(p.text.slice(q.end, q.end + 3));
  // "The sign read: “No entry.”": words a sign or a banner carries are quoted too.
  const reads = /\b(?:read|reads|reading)\s*:?\s*["“‘']?\s*$/i.test(clause);
  const said =
    reads || clause.split(/\s+/).some((w) => SPEECH_VERBS.has(w.toLowerCase())) || PARENTHETICAL_SAID.test(clause);
  return (closes || anywhere) && said;
}

const VERB = `(?:${[...SPEECH_VERBS].join('|')}|reported|reports|put it|puts it)`;
// “igniting,” as the agency reported, “fears of…”: the first half of a quotation split around its source.
const SPLIT_AROUND_SOURCE = new RegExp(`^[,]?["”’']?,?\\s+(?:as|according to)\\s+[^“”"]{1,60}?${VERB}?,\\s*[“"]`, 'u');
// “in the economist’s phrase”, “in the words of the mayor”: somebody's words, however short.
const WORDS_OF =
  /\bin\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+['’]s?\s+(?:own\s+)?(?:words|phrase)\)?\s*,?\s*$|\bin the words of\s+[^,;]{1,60},?\s*$/iu;

// “I’m not,” Mr. Dejesus said: a short quotation closed by a comma and followed by its attribution (an age may
// stand between the name and the verb: “Nobody came,” Berg, 54, said, or a short appositive: “It’s awful,” Berg, a
// teacher, said; somebody unnamed may speak: “Get down,” an officer shouted).
const SAID_AFTER = new RegExp(
  `^["”’']?\\s+(?:(?:he|she|they|it)\\s+|(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,2}[\\p{Lu}][\\p{L}.’'-]*(?:,\\s+\\d{1,3},|,[^,“”"]{1,60},)?\\s+|(?:an?|the|one|another|his|her|their|its)\\s+(?:[\\p{Ll}-]+\\s+){1,2})?(?:\\w+ly\\s+)?${VERB}\\b`,
  'u',
);
// “Get down,” an officer shouted. “Stay down.”: a short sentence right after the said-clause of a quotation goes on
// with its words.
const AFTER_SAID_CLAUSE = new RegExp(`[,!?]["”’']\\s+[^“”"]{0,40}?\\b${VERB}\\b[^“”"]{0,30}?[.]\\s*$`, 'u');

// “The bridge,” Moreau said, “is safe.”: the second half of a quotation split around its said-clause.
const RESUMES = new RegExp(
  `[,]?["”]\\s+(?:(?:he|she|they|it)|(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,2}[\\p{Lu}][\\p{L}.’'-]*)\\s+(?:\\w+ly\\s+)?${VERB},\\s*$`,
  'u',
);

/** True for a quotation of somebody's words, false for scare quotes, titles and single words. */
export function isRealQuote(q: QuoteSpan, p: Paragraph): boolean {
  const w = words(q.text);
  const lead = p.text.slice(Math.max(0, q.start - 80), Math.max(0, q.start - 1));
  if (WORDS_OF.test(lead) || RESUMES.test(lead)) return w.length >= 1;
  if (w.length >= 1 && w.length <= 3 && SPLIT_AROUND_SOURCE.test(p.text.slice(q.end, q.end + 90))) return true;
  // “Good,” Vale said: one word closed by a comma and its said-clause is speech too.
  // "Berg ‘will not quit’, his agent says": a comma after the closing mark, as British papers write it.
  const after = p.text.slice(q.end, q.end + 60);
  const commaOutside = /^["”’'],/.test(after);
  const attributedAfter =
    (/[,!?]$/.test(q.text) || commaOutside) && SAID_AFTER.test(commaOutside ? after[0] + after.slice(2) : after);
  if (w.length < 2 && !saidBefore(q, p) && !attributedAfter) return false;
  if (NOT_SPEECH_BEFORE.test(p.text.slice(Math.max(0, q.start - 30), q.start - 1))) return false;
  // A sentence may end inside a quotation of its own (“It’s ‘Showtime at the Apollo.’”).
  const resumes = w.length === 2 && AFTER_SAID_CLAUSE.test(p.text.slice(Math.max(0, q.start - 90), q.start - 1));
  const sentenceLike = /^[\p{Lu}"“‘'¿¡]/u.test(q.text) && /[.?!,]['’"”]*$/.test(q.text) && (w.length >= 3 || resumes);
  if (w.length <= 3 && !sentenceLike && !attributedAfter && !(p.headline && q.single) && !saidBefore(q, p, true))
    return false;
  // A title of a work or a name in quotes: every word capitalised, nothing sentence-like. Words followed by a
  // said-clause are speech even when their one long word opens them (“We’ll see,” she said).
  const content = w.filter((x) => x.length > 3 && /^\p{L}/u.test(x));
  // In the body, a title may close with its own "!" ("Velden Tonight!"); a headline capitalises every word.
  const ends = p.headline || content.length < 2 ? /[.?!]['’"”]*$/ : /[.?]['’"”]*$/;
  const titleLike = content.length && capsShare(content) >= 0.8 && !ends.test(q.text);
  if (w.length <= 20 && titleLike && !(attributedAfter && content.length === 1)) return false;
  return true;
}

// Words inside a quotation that report speech just before a quotation nested in it: "I heard him ask, quote, ‘…’".
const REPORTS_INNER = new RegExp(
  `\\b(?:${[...SPEECH_VERBS].join('|')}|ask|say|tell|replied|reply|asking|saying|telling|quote)\\b[^‘“"]{0,40}$`,
  'iu',
);

/** Words of several words quoted inside a double quotation (in single marks, or straight inside curly ones). */
function nestedSpans(p: Paragraph, doubles: QuoteSpan[]): QuoteSpan[] {
  return doubles.flatMap((d) =>
    [
      ...singleSpans(
        p,
        doubles.filter((x) => x !== d),
      ),
      ...straightInside(p, d),
    ]
      .filter((q) => q.start > d.start && q.end <= d.end && words(q.text).length >= 2)
      .filter((q) => REPORTS_INNER.test(p.text.slice(d.start, q.start - 1)))
      .map((q) => ({ ...q, nested: true })),
  );
}

// Pairs of straight double marks inside a quotation opened by a curly mark.
function straightInside(p: Paragraph, d: QuoteSpan): QuoteSpan[] {
  if (p.text[d.start - 1] !== '“') return [];
  const out: QuoteSpan[] = [];
  const marks = [...p.text.slice(d.start, d.end).matchAll(/"/g)].map((m) => d.start + m.index);
  for (let k = 0; k + 1 < marks.length; k += 2) out.push(span(p, marks[k]! + 1, marks[k + 1]!, false, false));
  return out;
}

/** Finds the quotations of each paragraph. */
export function findQuotes(paragraphs: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of paragraphs) {
    const doubles = doubleSpans(p);
    const all = [...doubles, ...singleSpans(p, doubles), ...nestedSpans(p, doubles)].sort((a, b) => a.start - b.start);
    for (const q of all) if (q.text && (q.nested || isRealQuote(q, p))) out.push(q);
  }
  return out;
}
