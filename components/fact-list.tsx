import { i18n } from '#i18n';
import type { DictionaryIndex } from '@/utils/dictionary/lookup';
import type { Fact } from '@/utils/dictionary/schema';
import { clip } from './entity-labels';
import { SourceCitation } from './source-citation';
import './styles/card.css';

export interface FactListProps {
  facts: readonly Fact[];
  index: DictionaryIndex;
  /** Show where the facts come from (the popup does; the hover card keeps it short). */
  withSources?: boolean;
  /** Longest fact text shown, in characters; longer facts are cut at a word boundary. */
  maxLength?: number;
}

/** A list of facts with their sources: once under the list when they share one, else after each fact. */
export function FactList({ facts, index, withSources = true, maxLength }: FactListProps) {
  if (facts.length === 0) return null;
  const sources = new Set(facts.map((f) => f.source));
  const shared = withSources && sources.size === 1 ? facts[0]!.source : undefined;
  return (
    <>
      <ul class="bs-facts">
        {facts.map((fact, i) => (
          <li key={i}>
            <span class="bs-fact-text">{maxLength ? clip(fact.text, maxLength) : fact.text}</span>
            {withSources && !shared && (
              <span class="bs-fact-source">
                {` ${i18n.t('source.label')} `}
                <SourceCitation source={index.source(fact.source)} />
              </span>
            )}
          </li>
        ))}
      </ul>
      {shared && (
        <p class="bs-fact-source bs-facts-shared-source">
          {`${i18n.t('source.sharedLabel', facts.length)} `}
          <SourceCitation source={index.source(shared)} />
        </p>
      )}
    </>
  );
}
