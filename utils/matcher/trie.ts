import { MAX_SOURCE, wordPattern } from './word-pattern';
import { aliasParts } from './tokens';

/** One alias to find, and the key (an entity id) a match reports. */
export interface MatcherEntry {
  key: string;
  alias: string;
}

/** The root node's id. */
export const ROOT = 0;
const NONE = -1;
/** Marks a node whose children live in `wide` rather than in the one-child slots. */
const MANY = -2;

const LATIN_RANGES = [
  [0x80, 0x24f],
  [0x1e00, 0x1eff],
] as const;

/**
 * A trie over whole words and the separators between them. Tokens are interned to small integers; nodes live in
 * plain arrays of small integers (four bytes each in the browser) because nearly every node below the first word
 * has a single child; only nodes with several children use a Map. This keeps 100,000 aliases within about ten
 * megabytes and out of the garbage collector's way.
 */
export class TokenTrie {
  /** Lower-cased folded words and normalised separators → token id. */
  readonly vocab = new Map<string, number>();
  /** The root's children, indexed by token id (NONE where absent). */
  private readonly rootChild: number[] = [];
  private readonly onlyToken: number[] = [NONE];
  private readonly onlyChild: number[] = [NONE];
  private readonly wide = new Map<number, Map<number, number>>();
  /** First entry ending at each node, and the next entry ending at the same node. */
  private readonly firstEntry: number[] = [NONE];
  private readonly nextEntry: number[] = [];
  /** 1 where a node has a separator edge: only there is the text after a word worth reading. */
  private readonly separatorAfter: number[] = [0];
  /** Each entry's key and alias (references to the caller's strings, not copies). */
  readonly keys: string[] = [];
  readonly aliases: string[] = [];
  private readonly casedCache = new Map<number, string>();
  /**
   * Bit 1: some alias starts with this (folded) character exactly; bit 2: some alias with a capital letter
   * starts with this character once upper-cased. Lets the matcher skip most words with one array read.
   */
  readonly firstChar = new Uint8Array(0x10000);
  /** The characters set in `firstChar`, in the order first seen. */
  private readonly startCodes: number[] = [];
  /** Longest separator inside any alias, in normalised characters. */
  maxSeparator = 0;
  private starts: RegExp | undefined;
  /** Every alias's first word as it must appear in text: folded with case kept, and in capitals when it has any. */
  private firstWords: Set<string> | null = new Set<string>();
  /** Characters in `firstWords`; past the pattern's limit the set is dropped, so a huge dictionary does not keep it. */
  private firstWordsSize = 0;
  private words: RegExp | null | undefined;

  /** `nativeSearch` false leaves every search to the letter-by-letter path (for comparing the two). */
  constructor(private readonly nativeSearch = true) {}

  /** The child of `node` along `token`, or undefined. */
  child(node: number, token: number): number | undefined {
    if (node === ROOT) {
      const c = this.rootChild[token] ?? NONE;
      return c === NONE ? undefined : c;
    }
    const only = this.onlyToken[node]!;
    if (only === token) return this.onlyChild[node];
    return only === MANY ? this.wide.get(node)!.get(token) : undefined;
  }

  private addChild(node: number, token: number): number {
    const next = this.onlyToken.length;
    this.onlyToken.push(NONE);
    this.onlyChild.push(NONE);
    this.firstEntry.push(NONE);
    this.separatorAfter.push(0);
    if (node === ROOT) {
      while (this.rootChild.length <= token) this.rootChild.push(NONE);
      this.rootChild[token] = next;
    } else if (this.onlyToken[node] === NONE) {
      this.onlyToken[node] = token;
      this.onlyChild[node] = next;
    } else {
      let map = this.wide.get(node);
      if (!map) {
        map = new Map([[this.onlyToken[node]!, this.onlyChild[node]!]]);
        this.wide.set(node, map);
        this.onlyToken[node] = MANY;
      }
      map.set(token, next);
    }
    return next;
  }

  /** Adds one alias; returns false (and adds nothing) when it has no word in it. */
  add(entry: MatcherEntry): boolean {
    const parts = aliasParts(entry.alias);
    if (!parts) return false;
    let node = ROOT;
    for (const part of parts) {
      let token = this.vocab.get(part.key);
      if (token === undefined) {
        token = this.vocab.size;
        this.vocab.set(part.key, token);
      }
      if (part.separator) {
        this.separatorAfter[node] = 1;
        this.maxSeparator = Math.max(this.maxSeparator, part.key.length);
      }
      node = this.child(node, token) ?? this.addChild(node, token);
    }
    const id = this.keys.push(entry.key) - 1;
    this.aliases.push(entry.alias);
    this.nextEntry.push(NONE);
    if (this.firstEntry[node] === NONE) this.firstEntry[node] = id;
    else {
      let last = this.firstEntry[node]!;
      while (this.nextEntry[last] !== NONE) last = this.nextEntry[last]!;
      this.nextEntry[last] = id;
    }
    const cased = parts[0]!.cased;
    this.markStart(cased.charCodeAt(0), 1);
    this.noteFirstWord(cased);
    if (parts.some((p) => p.cased !== p.cased.toLowerCase())) {
      this.markStart(cased.toUpperCase().charCodeAt(0), 2);
      this.noteFirstWord(cased.toUpperCase());
    }
    this.starts = undefined;
    this.words = undefined;
    return true;
  }

  private noteFirstWord(word: string): void {
    if (!this.firstWords || this.firstWords.has(word)) return;
    this.firstWords.add(word);
    this.firstWordsSize += word.length + 1;
    if (this.firstWordsSize > MAX_SOURCE) this.firstWords = null;
  }

  private markStart(code: number, bit: number): void {
    if (!this.firstChar[code]) this.startCodes.push(code);
    this.firstChar[code]! |= bit;
  }

  /** Whether some alias ends at `node`. */
  isTerminal(node: number): boolean {
    return this.firstEntry[node] !== NONE;
  }

  /** Ids of the entries ending at `node`, first added first. */
  *entriesAt(node: number): Generator<number> {
    for (let e = this.firstEntry[node]!; e !== NONE; e = this.nextEntry[e]!) yield e;
  }

  /** Whether `node` has a separator edge. */
  hasSeparator(node: number): boolean {
    return this.separatorAfter[node] === 1;
  }

  /** An entry's spelling with case kept (words folded, separators normalised); worked out when first needed. */
  cased(entry: number): string {
    let s = this.casedCache.get(entry);
    if (s === undefined) {
      s = (aliasParts(this.aliases[entry]!) ?? []).map((p) => p.cased).join('');
      this.casedCache.set(entry, s);
    }
    return s;
  }

  /**
   * A regular expression that finds the next place where an alias could start: a character that begins some
   * alias, or any accented Latin letter (it may fold to one; the caller checks `firstChar` after folding), that
   * does not continue a word. The browser's regex engine skips the long stretches in between far faster than a
   * character loop could. Built from the characters noted while adding, so a small dictionary costs little.
   */
  startPattern(): RegExp {
    if (this.starts) return this.starts;
    const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
    let chars = this.startCodes.map(hex).join('');
    if (chars) for (const [from, to] of LATIN_RANGES) chars += `${hex(from)}-${hex(to)}`;
    const source = chars ? `(?<![\\p{L}\\p{M}\\p{N}][\\u00ad\\u200b-\\u200d\\u2060\\ufeff]*)[${chars}]` : '(?!)';
    return (this.starts = new RegExp(source, 'gu'));
  }

  /**
   * A regular expression (global) that finds, in the browser's own regex engine, the next place where some alias's
   * first word appears letter for letter, or the next character that folding could change; null when the
   * dictionary has too many first words for one expression. See `wordPattern`.
   */
  wordPattern(): RegExp | null {
    if (this.words === undefined)
      this.words = this.nativeSearch && this.firstWords ? wordPattern(this.firstWords) : null;
    return this.words;
  }

  /** Number of aliases added. */
  get size(): number {
    return this.keys.length;
  }
}
