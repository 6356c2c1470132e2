import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Fact } from '@/utils/dictionary/schema';
import { SourceCitation } from './source-citation';
import './styles/card.css';

export interface FactListProps {
  facts: readonly Fact[];
  index: DictionaryIndex;
  /** Show each fact's source under it (the popup does; the hover card keeps it short). */
  withSources?: boolean;
}

/** A list of facts, each optionally followed by the source it came from. */
export function FactList({ facts, index, withSources = true }: FactListProps) {
  if (facts.length === 0) return null;
  return (
    <ul class="bs-facts">
      {facts.map((fact, i) => (
        <li key={i}>
          <span class="bs-fact-text">{fact.text}</span>
          {withSources && (
            <span class="bs-fact-source">
              {' Source: '}
              <SourceCitation source={index.source(fact.source)} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
