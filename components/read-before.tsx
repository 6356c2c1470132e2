import { i18n } from '#i18n';
import type { DictionaryIndex } from '../utils/dictionary/lookup';
import type { Entity } from '../utils/dictionary/schema';
import { readBefore } from '../utils/cards/read-before';
import { SourceCitation } from './source-citation';

/** "In N articles you read", with the newest of them cited; nothing when the reader has read of the entity nowhere else. */
export function ReadBeforeLine({ entity, index }: { entity: Entity; index: DictionaryIndex }) {
  const { count, sources } = readBefore(entity, index, index.story?.source.id);
  if (count === 0) return null;
  return (
    <section class="bs-card-read-before" aria-label={i18n.t('card.readBefore', count)}>
      <p class="bs-card-source-label">{i18n.t('card.readBefore', count)}</p>
      {sources.length > 0 && (
        <ul class="bs-read-before-list">
          {sources.map((source) => (
            <li key={source.id}>
              <SourceCitation source={source} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
