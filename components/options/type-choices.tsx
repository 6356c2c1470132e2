import { useId } from 'preact/hooks';
import { i18n } from '#i18n';
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
      <legend>{i18n.t('types.legend')}</legend>
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
          {i18n.t('types.noneChosen')}
        </p>
      )}
    </fieldset>
  );
}
