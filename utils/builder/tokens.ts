import { ABBREVIATIONS, TITLES } from './lexicon/cues';
import type { Token } from './types';

// A word: letters/digits joined by inner apostrophes, hyphens, dots, slashes or ampersands ("Iran’s", "U.S",
// "9/11", "Urban-Brookings"), with a final dot kept for abbreviations; or any single other character.
const TOKEN = /[\p{L}\p{M}\p{N}@#]+(?:(?:['’\-‑.&]|(?<=\p{N})\/(?=\p{N}))[\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
const POSSESSIVE = /['’]s$/;
// Surnames written with a lower-case particle: "al-Assad", "bin Salman" is two words, "el-Sisi" one.
const ARABIC_PARTICLE = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben)-\p{Lu}/u;
const UPPER = /^\p{Lu}/u;
// Brand names that open with a lower-case letter: "iPhone", "eBay" (not units such as "kWh" or "mRNA").
export const CAMEL_BRAND = /^\p{Ll}{1,2}\p{Lu}\p{Ll}{2,}/u;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', ':', '-']);

function keepsDot(word: string): boolean {
  const bare = word.slice(0, -1);
  return /^\p{L}$/u.test(bare) || /\.\p{L}+$/u.test(bare) || ABBREVIATIONS.has(bare) || TITLES.has(word);
}

/** Splits a sentence (given by offsets into its paragraph) into tokens. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let initial = true;
  for (const m of slice.matchAll(TOKEN)) {
    let raw = m[0];
    const s = start + m.index;
    // A letter ending the sentence is a model letter, not an initial: "the Xbox One S."
    const last = /^\p{Lu}\.$/u.test(raw) && !/\p{L}/u.test(slice.slice(m.index + raw.length));
    if (raw.length > 1 && raw.endsWith('.') && (last || !keepsDot(raw))) {
      raw = raw.slice(0, -1);
      push(raw, s, true);
      push('.', s + raw.length, false);
      continue;
    }
    push(raw, s, /[\p{L}\p{N}]/u.test(raw[0]!) || raw[0] === '@' || raw[0] === '#');
  }
  return tokens;

  function push(raw: string, s: number, word: boolean): void {
    let text = raw;
    let possessive = false;
    if (word && POSSESSIVE.test(text) && text.length > 2) {
      text = text.slice(0, -2);
      possessive = true;
    }
    const next = slice[s - start + raw.length];
    const after = slice[s - start + raw.length + 1];
    if (word && !possessive && (next === '’' || next === "'") && /s$/.test(text) && (!after || /[\s,.;:]/.test(after)))
      possessive = true;
    tokens.push({
      text,
      start: s,
      end: s + text.length,
      word,
      cap: word && (UPPER.test(text) || ARABIC_PARTICLE.test(text) || CAMEL_BRAND.test(text)),
      possessive,
      initial: word && initial,
    });
    if (word) initial = false;
    else if (OPENERS.has(raw)) initial = initial || raw !== '(';
    if (raw === '“' || raw === '‘' || raw === ':') initial = true;
  }
}
