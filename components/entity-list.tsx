import type { EntityType } from '@/utils/dictionary/schema';
import { i18n } from '#i18n';
import { aroundLabel, mentionLabel, oneLine, TYPE_ORDER, typeGroupLabel, typeLabel } from './entity-labels';
import './styles/list.css';

/** One entity as the list shows it. */
export interface ListedEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
  /** Mentions around the story, counted apart when the reader has the whole page of an article marked. */
  around?: number;
  /** The entity's background; the list shows its first sentence. */
  description?: string;
  /** Where else the entity is known from ("The Guardian, 19 November 2024"), for a name of the story on the page. */
  knownFrom?: string;
  /** In how many articles the reader read before it was named (none when it was met nowhere else). */
  readBefore?: number;
}

export interface EntityListProps {
  entities: readonly ListedEntity[];
  onSelect: (id: string) => void;
  /** Keep the given order (most prominent first) in one list instead of grouping by type. */
  ordered?: boolean;
}

/** Orders names the reader met in articles read before ahead of the others (0 when both or neither were met). */
export function metBeforeFirst(a: ListedEntity, b: ListedEntity): number {
  return Number((b.readBefore ?? 0) > 0) - Number((a.readBefore ?? 0) > 0);
}

/**
 * Groups entities by type (people first) and sorts each group with names met before first, then by mention count,
 * then by name.
 */
export function groupEntities(entities: readonly ListedEntity[]): { type: EntityType; entities: ListedEntity[] }[] {
  return TYPE_ORDER.map((type) => ({
    type,
    entities: entities
      .filter((e) => e.type === type)
      .sort((a, b) => metBeforeFirst(a, b) || b.count - a.count || a.name.localeCompare(b.name)),
  })).filter((group) => group.entities.length > 0);
}

/** The entities named on the page, grouped by type, each a button with its mention count and one-line background. */
export function EntityList({ entities, onSelect, ordered = false }: EntityListProps) {
  if (ordered)
    return (
      <div class="bs-entity-list">
        <ul class="bs-entity-items">
          {entities.map((entity) => (
            <li key={entity.id}>
              <EntityButton entity={entity} onSelect={onSelect} withType />
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div class="bs-entity-list">
      {groupEntities(entities).map((group) => (
        <section key={group.type} aria-labelledby={`bs-group-${group.type}`}>
          <h3 id={`bs-group-${group.type}`} class="bs-group-heading">
            {typeGroupLabel(group.type)} <span class="bs-group-count">({group.entities.length})</span>
          </h3>
          <ul class="bs-entity-items">
            {group.entities.map((entity) => (
              <li key={entity.id}>
                <EntityButton entity={entity} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * One listed entity: its name, mention count, one-line background, for a story's name where else it is known, and in
 * how many articles read before it was named.
 */
function EntityButton({
  entity,
  onSelect,
  withType = false,
}: {
  entity: ListedEntity;
  onSelect: (id: string) => void;
  withType?: boolean;
}) {
  return (
    <button type="button" class="bs-entity-item" data-entity-id={entity.id} onClick={() => onSelect(entity.id)}>
      <span class="bs-entity-line">
        <span class="bs-entity-name">{entity.name}</span>
        {withType && <span class="bs-entity-type">{typeLabel(entity.type)}</span>}
        <span class="bs-entity-count">
          {mentionLabel(entity.count)}
          {entity.around ? `, ${aroundLabel(entity.around)}` : ''}
        </span>
      </span>
      {entity.description && <span class="bs-entity-background">{oneLine(entity.description)}</span>}
      {entity.knownFrom && <span class="bs-entity-known">{i18n.t('popup.knownFrom', [entity.knownFrom])}</span>}
      {entity.readBefore ? (
        <span class="bs-entity-read-before">{i18n.t('popup.readBefore', entity.readBefore)}</span>
      ) : null}
    </button>
  );
}
