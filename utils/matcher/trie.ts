import { aliasParts } from './tokens';

/** One alias to find, and the key (an entity id) a match reports. */
export interface MatcherEntry {
  key: string;
  alias: string;
}

/** Node ids are multiplied by this before a token id is added, giving one number per edge. */
const STRIDE = 0x400000;
/** The root node's id. */
export const ROOT = 0;

/**
 * A trie over whole words and the separators between them. Tokens are interned to small integers and every edge
 * lives in one Map keyed by `node * STRIDE + token`, which keeps 100,000 aliases within a few megabytes.
 */
export class TokenTrie {
  /** Lower-cased folded words and normalised separators → token id. */
  readonly vocab = new Map<string, number>();
  private readonly edges = new Map<number, number>();
  /** Terminal node → ids of the alias variants ending there, first added first. */
  readonly terminals = new Map<number, number[]>();
  /** Nodes with at least one separator edge: only these need the text after a word looked at. */
  readonly separatorNodes = new Set<number>();
  /** For each variant: its spelling with case kept (words folded, separators normalised), and its entry. */
  readonly variantCased: string[] = [];
  readonly variantEntry: number[] = [];
  readonly entries: MatcherEntry[] = [];
  /**
   * Bit 1: some alias starts with this (folded) character exactly; bit 2: some alias with a capital letter
   * starts with this character once upper-cased. Lets the matcher skip most words with one array read.
   */
  readonly firstChar = new Uint8Array(0x10000);
  /** Longest separator inside any alias, in normalised characters. */
  maxSeparator = 0;
  private nodeCount = 1;

  /** The child of `node` along `token`, or undefined. */
  child(node: number, token: number): number | undefined {
    return this.edges.get(node * STRIDE + token);
  }

  /** Adds one alias; returns false (and adds nothing) when it has no word in it. */
  add(entry: MatcherEntry): boolean {
    const parts = aliasParts(entry.alias);
    if (!parts) return false;
    let node = ROOT;
    let cased = '';
    for (const part of parts) {
      let token = this.vocab.get(part.key);
      if (token === undefined) {
        token = this.vocab.size;
        this.vocab.set(part.key, token);
      }
      const edge = node * STRIDE + token;
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.nodeCount++;
        this.edges.set(edge, next);
      }
      if (part.separator) {
        this.separatorNodes.add(node);
        this.maxSeparator = Math.max(this.maxSeparator, part.key.length);
      }
      node = next;
      cased += part.cased;
    }
    const entryId = this.entries.push(entry) - 1;
    const variant = this.variantCased.push(cased) - 1;
    this.variantEntry.push(entryId);
    const list = this.terminals.get(node);
    if (list) list.push(variant);
    else this.terminals.set(node, [variant]);
    const first = cased.charCodeAt(0);
    this.firstChar[first]! |= 1;
    if (cased !== cased.toLowerCase()) this.firstChar[cased.toUpperCase().charCodeAt(0)]! |= 2;
    return true;
  }

  /** Number of aliases added. */
  get size(): number {
    return this.entries.length;
  }
}
