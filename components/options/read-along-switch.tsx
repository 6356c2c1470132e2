import { useId } from 'preact/hooks';
import { i18n } from '#i18n';

export interface ReadAlongSwitchProps {
  readAlong: boolean;
  /** "Remember articles I read". */
  remember: boolean;
  onChange: (readAlong: boolean) => void;
  onRemember: (remember: boolean) => void;
}

/**
 * "Read along": whether the story of each article page is read as it is opened and its names marked too; and under it
 * "Remember articles I read", which keeps what was read in the reader's own dictionary (it needs reading along).
 */
export function ReadAlongSwitch({ readAlong, remember, onChange, onRemember }: ReadAlongSwitchProps) {
  const id = useId();
  const rememberId = `${id}-remember`;
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
      <div class="bs-options-choice">
        <input
          type="checkbox"
          role="switch"
          id={rememberId}
          checked={remember}
          aria-describedby={`${rememberId}-hint`}
          onChange={(event) => onRemember(event.currentTarget.checked)}
        />
        <label for={rememberId}>{i18n.t('readAlong.rememberLabel')}</label>
        <p class="bs-options-hint" id={`${rememberId}-hint`}>
          {i18n.t('readAlong.rememberHint')}
          {remember && !readAlong && ` ${i18n.t('readAlong.rememberNeedsReadAlong')}`}
        </p>
      </div>
    </fieldset>
  );
}
