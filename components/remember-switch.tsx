import { useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';

export interface RememberSwitchProps {
  on: boolean;
  onChange: (on: boolean) => void;
  /** The open page's site, offered to forget what was kept from it. */
  hostname?: string;
  /** Forgets what was kept from `hostname`; resolves to how many articles went. */
  onForgetSite?: () => Promise<number>;
}

/** "Remember articles I read" in the popup, with a one-line reminder of what is kept and where. */
export function RememberSwitch({ on, onChange, hostname, onForgetSite }: RememberSwitchProps) {
  const id = useId();
  const [forgot, setForgot] = useState<string>('');
  const forget = () =>
    onForgetSite?.().then(
      (count) => setForgot(i18n.t('readAlong.forgotSite', count, [String(count), hostname ?? ''])),
      (error: unknown) => setForgot(error instanceof Error ? error.message : String(error)),
    );
  return (
    <div class="bs-popup-remember">
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
      {hostname && onForgetSite && (
        <p class="bs-popup-forget">
          <button type="button" class="bs-button" onClick={() => void forget()}>
            {i18n.t('readAlong.forgetSite', [hostname])}
          </button>{' '}
          <span role="status">{forgot}</span>
        </p>
      )}
    </div>
  );
}
