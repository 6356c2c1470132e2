import { useId } from 'preact/hooks';
import { i18n } from '#i18n';

export interface RememberSwitchProps {
  on: boolean;
  onChange: (on: boolean) => void;
}

/** "Remember articles I read" in the popup, with a one-line reminder of what is kept and where. */
export function RememberSwitch({ on, onChange }: RememberSwitchProps) {
  const id = useId();
  return (
    <p class="bs-popup-remember">
      <input
        type="checkbox"
        id={id}
        checked={on}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />{' '}
      <label for={id}>{i18n.t('readAlong.rememberLabel')}</label>
      <span class="bs-popup-remember-hint" id={`${id}-hint`}>
        {i18n.t('readAlong.rememberShortHint')}
      </span>
    </p>
  );
}
