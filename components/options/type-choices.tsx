import { useId } from 'preact/hooks';
import { TYPE_ORDER, typeGroupLabel } from '@/components/entity-labels';
import type { EntityType } from '@/utils/dictionary/schema';

export interface TypeChoicesProps {
  types: readonly EntityType[];
  onChange: (types: EntityType[]) => void;
}

/** Checkboxes for the kinds of names to highlight. */
export function TypeChoices({ types, onChange }: TypeChoicesProps) {
  const id = useId();
  const toggle = (type: EntityType, on: boolean) =>
    onChange(TYPE_ORDER.filter((t) => (t === type ? on : types.includes(t))));
  return (
    <fieldset class="bs-options-fieldset">
      <legend>Names to highlight</legend>
      {TYPE_ORDER.map((type) => (
        <div class="bs-options-choice" key={type}>
          <input
            type="checkbox"
            id={`${id}-${type}`}
            checked={types.includes(type)}
            onChange={(event) => toggle(type, event.currentTarget.checked)}
          />
          <label for={`${id}-${type}`}>{typeGroupLabel(type)}</label>
        </div>
      ))}
      {types.length === 0 && (
        <p class="bs-options-warning" role="status">
          No kind of name is chosen, so nothing will be highlighted. The popup still lists what is named on a page.
        </p>
      )}
    </fieldset>
  );
}
