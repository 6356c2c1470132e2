import { ABBREVIATIONS, NEVER_NAMES } from './lexicon/cues';
import { COMMON_WORDS } from './lexicon/common-words';
import { tokenize } from './tokens';
import type { Paragraph, Sentence } from './types';

// A sentence ends at . ! or ? (with any closing quotes or brackets) followed by space and a capital, digit or quote.
const BOUNDARY = /[.!?]+["”’')\]]*(?=\s+["“‘'(]?[\p{Lu}\p{N}])/gu;
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'as',
  'but',
  'vs',
  'from',
  'into',
  'than',
  'is',
  'are',
]);

function endsWithAbbreviation(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at));
  if (!before) return false;
  const word = before[1]!;
  if (/^\p{Lu}$/u.test(word) || /\./.test(word)) {
    // An initial ("C. Eugene Steuerle") or a dotted acronym ("U.S.") ends a sentence only if a sentence opener such
    // as "The" or "He" follows ("the Xbox One S. That revision").
    const next = /^\s+["“‘']?(\p{L}+)/u.exec(text.slice(at + 1));
    return !next || !NEVER_NAMES.has(next[1]!);
  }
  return ABBREVIATIONS.has(word);
}

/** Splits a paragraph into sentences with token lists. */
export function splitSentences(text: string, para: number, firstIndex: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const close = (end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end > start)
      sentences.push({
        para,
        index: firstIndex + sentences.length,
        start,
        end,
        tokens: tokenize(text, start, end),
        titleCase: isTitleCase(text.slice(start, end)),
      });
    start = end;
  };
  for (const m of text.matchAll(BOUNDARY)) {
    if (endsWithAbbreviation(text, m.index + m[0].length - 1) && /^\.$/.test(m[0])) continue;
    close(m.index + m[0].length);
  }
  close(text.length);
  return sentences;
}

/** A line is Title Case when nearly every word of substance is capitalised (headlines, headings, boilerplate). */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 3) return false;
  const caps = content.filter((w) => /^\p{Lu}/u.test(w));
  // Capitalised ordinary words ("Order", "Paper", "Soon") show Title Case; a list of names does not.
  const ordinary = caps.filter((w) => COMMON_WORDS.has(w.toLowerCase())).length;
  return caps.length / content.length >= 0.95 && ordinary >= 2;
}

/** Splits an article into paragraphs (the headline first) and sentences. */
export function splitParagraphs(title: string, body: string): Paragraph[] {
  const lines = [title, ...body.split('\n')].map((l) => l.trim());
  const paragraphs: Paragraph[] = [];
  let sentenceCount = 0;
  lines.forEach((line, i) => {
    if (!line) return;
    const index = paragraphs.length;
    const sentences = splitSentences(line, index, sentenceCount);
    sentenceCount += sentences.length;
    paragraphs.push({ index, text: line, headline: i === 0, titleCase: isTitleCase(line), sentences });
  });
  return paragraphs;
}
