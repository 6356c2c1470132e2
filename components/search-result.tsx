import type { Entity } from '@/utils/dictionary/schema';
import { backgroundOf, oneLine, typeLabel } from './entity-labels';

export interface SearchResultProps {
  entity: Entity;
  onSelect: (id: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** One search result: a button with the entity's name, type and one-line background. */
export function SearchResult({ entity, onSelect, onKeyDown }: SearchResultProps) {
  const background = backgroundOf(entity);
  return (
    <button
      type="button"
      class="bs-entity-item"
      data-entity-id={entity.id}
      onClick={() => onSelect(entity.id)}
      onKeyDown={onKeyDown}
    >
      <span class="bs-entity-line">
        <span class="bs-entity-name">{entity.name}</span>
        <span class="bs-type-badge">{typeLabel(entity.type)}</span>
      </span>
      {background && <span class="bs-entity-background">{oneLine(background)}</span>}
    </button>
  );
}
