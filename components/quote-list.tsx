import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Quote } from '@/utils/dictionary/schema';
import { clip } from './entity-labels';
import { SourceCitation } from './source-citation';
import './styles/card.css';

export interface QuoteListProps {
  quotes: readonly Quote[];
  index: DictionaryIndex;
  /** Longest quote text shown, in characters; longer quotes are cut at a word boundary. */
  maxLength?: number;
}

/** Quotes as real quotations: each a blockquote, captioned with its speaker and a cite of its source. */
export function QuoteList({ quotes, index, maxLength }: QuoteListProps) {
  if (quotes.length === 0) return null;
  return (
    <ul class="bs-quotes">
      {quotes.map((quote) => {
        const source = index.source(quote.source);
        const speaker = quote.speaker ? index.entity(quote.speaker)?.name : undefined;
        const text = maxLength ? clip(quote.text, maxLength) : quote.text;
        const url = source?.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
        return (
          <li key={quote.id}>
            <figure class="bs-quote">
              <blockquote cite={url}>
                <p>{text}</p>
              </blockquote>
              <figcaption>
                <span class="bs-quote-speaker">{speaker ?? 'Unattributed'}</span>
                {', '}
                <SourceCitation source={source} />
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
