import { useId } from 'preact/hooks';
import { i18n } from '#i18n';

export interface ReadAlongSwitchProps {
  readAlong: boolean;
  onChange: (readAlong: boolean) => void;
}

/** "Read along": whether the story of each article page is read as it is opened and its names marked too. */
export function ReadAlongSwitch({ readAlong, onChange }: ReadAlongSwitchProps) {
  const id = useId();
  return (
    <fieldset class="bs-options-fieldset">
      <legend>{i18n.t('readAlong.legend')}</legend>
      <div class="bs-options-choice">
        <input
          type="checkbox"
          role="switch"
          id={id}
          checked={readAlong}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for={id}>{i18n.t('readAlong.label')}</label>
        <p class="bs-options-hint" id={`${id}-hint`}>
          {i18n.t(readAlong ? 'readAlong.hintOn' : 'readAlong.hintOff')}
        </p>
      </div>
    </fieldset>
  );
}
