import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { normaliseHostname } from '../../utils/settings/hostname';
import { HostnameInput } from './hostname-input';

/** What the reader asks to forget: one site's articles, the last hour's, the last day's, or every one. */
export type ForgetWhat = { site: string } | 'hour' | 'day' | 'everything';

export interface ForgetActionsProps {
  /** Forgets what is asked; resolves to how many articles went. */
  onForget: (what: ForgetWhat) => Promise<number>;
}

/** What the reader is told once `what` is forgotten: how many articles went. */
function forgotten(what: ForgetWhat, count: number): string {
  if (typeof what === 'object') return i18n.t('readAlong.forgotSite', count, [String(count), what.site]);
  const key = what === 'hour' ? 'memory.forgotHour' : what === 'day' ? 'memory.forgotDay' : 'memory.forgotAll';
  return i18n.t(key, count, [String(count)]);
}

/** Forgetting what was remembered: a site, the last hour, the last day, or everything (once confirmed). */
export function ForgetActions({ onForget }: ForgetActionsProps) {
  const id = useId();
  const [site, setSite] = useState('');
  const [said, setSaid] = useState<{ text: string; error?: boolean }>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  // The question takes the focus, so a keyboard reader answers it next.
  useEffect(() => confirm.current?.focus(), [confirming]);
  const forget = async (what: ForgetWhat) => {
    setBusy(true);
    setConfirming(false);
    try {
      setSaid({ text: forgotten(what, await onForget(what)) });
      if (typeof what === 'object') setSite('');
    } catch (error) {
      setSaid({ text: (error as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  };
  const forgetSite = (event: Event) => {
    event.preventDefault();
    const host = normaliseHostname(site);
    if (host.ok) void forget({ site: host.hostname });
    else setSaid({ text: host.error, error: true });
  };
  return (
    <fieldset class="bs-options-fieldset bs-memory-forget" aria-busy={busy}>
      <legend>{i18n.t('memory.forgetLegend')}</legend>
      <form class="bs-site-add" onSubmit={forgetSite} noValidate>
        <label for={`${id}-site`}>{i18n.t('memory.forgetSiteLabel')}</label>
        <HostnameInput id={`${id}-site`} value={site} onInput={setSite} />
        <button type="submit" class="bs-button" disabled={busy}>
          {i18n.t('memory.forgetSite')}
        </button>
      </form>
      <div class="bs-dict-actions">
        <button type="button" class="bs-button" disabled={busy} onClick={() => void forget('hour')}>
          {i18n.t('memory.forgetHour')}
        </button>
        <button type="button" class="bs-button" disabled={busy} onClick={() => void forget('day')}>
          {i18n.t('memory.forgetDay')}
        </button>
        <button type="button" class="bs-button" disabled={busy || confirming} onClick={() => setConfirming(true)}>
          {i18n.t('memory.forgetAll')}
        </button>
      </div>
      {confirming && (
        <div class="bs-memory-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{i18n.t('memory.confirmAll')}</p>
          <div class="bs-dict-actions">
            <button type="button" class="bs-button" ref={confirm} onClick={() => void forget('everything')}>
              {i18n.t('memory.confirmAllYes')}
            </button>
            <button type="button" class="bs-button-quiet" onClick={() => setConfirming(false)}>
              {i18n.t('memory.cancel')}
            </button>
          </div>
        </div>
      )}
      <p class={said?.error ? 'bs-options-error' : undefined} role={said?.error ? 'alert' : 'status'}>
        {said?.text ?? ''}
      </p>
    </fieldset>
  );
}
