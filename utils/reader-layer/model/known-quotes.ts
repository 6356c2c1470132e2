import type { Quote } from '../../dictionary/schema';
import { textKey } from './normalise';

/** The ids a quote points at, before corrections. */
const quoteRefs = (q: Quote): string[] => (q.speaker === null ? q.about : [q.speaker, ...q.about]);

/**
 * The quotes of a combined dictionary as merging asks about them, kept so learned sources can come and go: each
 * kept quote's wording by its textKey (the last in dictionary order wins, as in a map built from the list), and how
 * many quotes, kept or not, point at each id.
 */
export class KnownQuotes {
  /** By textKey, the kept quotes' wordings in dictionary order, with the learned source each came from. */
  private readonly byKey = new Map<string, { from: string | null; text: string }[]>();
  private readonly refs = new Map<string, number>();

  /** The wording of the last kept quote with textKey `key`. */
  text(key: string): string | undefined {
    const list = this.byKey.get(key);
    return list?.[list.length - 1]!.text;
  }

  /** How many quotes point at `id`. */
  pointing(id: string): number {
    return this.refs.get(id) ?? 0;
  }

  /** Adds quote `q` of learned source `from` (null: bundled), after every other; `kept` is its corrected form. */
  add(q: Quote, kept: Quote | undefined, from: string | null): void {
    for (const ref of quoteRefs(q)) this.refs.set(ref, this.pointing(ref) + 1);
    if (!kept) return;
    const key = textKey(kept.text);
    const list = this.byKey.get(key);
    if (list) list.push({ from, text: kept.text });
    else this.byKey.set(key, [{ from, text: kept.text }]);
  }

  /** Takes out the quotes of learned source `from` (its `quotes`). */
  remove(quotes: readonly Quote[], from: string): void {
    for (const q of quotes) {
      for (const ref of quoteRefs(q)) {
        const left = this.pointing(ref) - 1;
        if (left > 0) this.refs.set(ref, left);
        else this.refs.delete(ref);
      }
      const key = textKey(q.text);
      const list = this.byKey.get(key)?.filter((entry) => entry.from !== from);
      if (list?.length) this.byKey.set(key, list);
      else this.byKey.delete(key);
    }
  }

  /** Every wording by textKey. */
  texts(): Map<string, string> {
    return new Map([...this.byKey.keys()].map((key) => [key, this.text(key)!]));
  }
}
