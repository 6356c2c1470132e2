import type { Quote } from '../../dictionary/schema';

/** A quote's speaker and subjects as the layer's ids; those `idOf` does not know are left out. */
export function layerQuoteRefs(
  quote: Pick<Quote, 'speaker' | 'about'>,
  idOf: (id: string) => string | undefined,
): { speaker: string | null; about: string[] } {
  return {
    speaker: quote.speaker === null ? null : (idOf(quote.speaker) ?? null),
    about: [...new Set(quote.about.flatMap((a) => idOf(a) ?? []))],
  };
}
