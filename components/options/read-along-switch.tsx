import { i18n } from '#i18n';
import { SwitchRow } from './switch-row';

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
  return (
    <fieldset class="bs-options-fieldset">
      <legend>{i18n.t('readAlong.legend')}</legend>
      <SwitchRow
        checked={readAlong}
        label={i18n.t('readAlong.label')}
        hint={i18n.t(readAlong ? 'readAlong.hintOn' : 'readAlong.hintOff')}
        onChange={onChange}
      />
      <SwitchRow
        checked={remember}
        label={i18n.t('readAlong.rememberLabel')}
        hint={
          <>
            {i18n.t('readAlong.rememberHint')}
            {remember && !readAlong && ` ${i18n.t('readAlong.rememberNeedsReadAlong')}`}
          </>
        }
        onChange={onRemember}
      />
    </fieldset>
  );
}
