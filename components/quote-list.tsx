import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Quote, Source } from '@/utils/dictionary/schema';
import { clip } from './entity-labels';
import { SourceCitation } from './source-citation';
import './styles/card.css';

export interface QuoteListProps {
  quotes: readonly Quote[];
  index: DictionaryIndex;
  /** Longest quote text shown, in characters; longer quotes are cut at a word boundary. */
  maxLength?: number;
  /** Name each source briefly (its publisher, else a short title), for the hover card. */
  compact?: boolean;
}

/** Quotes as real quotations: each a blockquote, captioned with its speaker and a cite of its source. */
export function QuoteList({ quotes, index, maxLength, compact = false }: QuoteListProps) {
  if (quotes.length === 0) return null;
  return (
    <ul class="bs-quotes">
      {quotes.map((quote) => {
        const source = index.source(quote.source);
        const speaker = quote.speaker ? index.entity(quote.speaker)?.name : undefined;
        // Quotes cut from running text can end on the comma before "he said"; the closing mark follows the words.
        const words = quote.text.trim().replace(/[\s,;:]+$/, '');
        const text = maxLength ? clip(words, maxLength) : words;
        const url = source?.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
        return (
          <li key={quote.id}>
            <figure class="bs-quote">
              <blockquote cite={url}>
                <p>{text}</p>
              </blockquote>
              <figcaption>
                <span class="bs-quote-speaker">{speaker ?? i18n.t('source.unattributed')}</span>
                {', '}
                {compact ? <cite>{briefSource(source)}</cite> : <SourceCitation source={source} />}
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}

/** A source in a few words: its publisher, else its title cut short. */
function briefSource(source: Source | undefined): string {
  if (!source) return i18n.t('source.unknown');
  return source.publisher || clip(source.title || i18n.t('source.untitled'), 40);
}
