import { useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { withNeverRemember, withoutNeverRemember } from '../../utils/settings/never-remember';
import { HostnameInput } from './hostname-input';

export interface NeverRememberEditorProps {
  /** The listed sites, normalised and sorted. */
  sites: readonly string[];
  onChange: (sites: string[]) => void;
}

/** The sites never to remember, each removable, with a form that adds one from whatever the reader types or pastes. */
export function NeverRememberEditor({ sites, onChange }: NeverRememberEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const add = (event: Event) => {
    event.preventDefault();
    try {
      onChange(withNeverRemember(sites, draft));
      setDraft('');
      setError(undefined);
    } catch (problem) {
      setError((problem as Error).message);
    }
  };
  return (
    <fieldset class="bs-options-fieldset">
      <legend>{i18n.t('memory.neverLegend')}</legend>
      <p class="bs-options-hint">{i18n.t('memory.neverHint')}</p>
      {sites.length ? (
        <ul class="bs-site-rules" aria-label={i18n.t('memory.neverListLabel')}>
          {sites.map((host) => (
            <li class="bs-site-rule" key={host}>
              <span class="bs-site-rule-host">{host}</span>
              <button
                type="button"
                class="bs-button-quiet"
                aria-label={i18n.t('memory.neverRemoveHost', [host])}
                onClick={() => onChange(withoutNeverRemember(sites, host))}
              >
                {i18n.t('memory.neverRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bs-options-empty">{i18n.t('memory.neverEmpty')}</p>
      )}
      <form class="bs-site-add" onSubmit={add} noValidate>
        <label for={`${id}-new`}>{i18n.t('memory.neverAddLabel')}</label>
        <HostnameInput id={`${id}-new`} value={draft} onInput={setDraft} error={error} errorId={`${id}-error`} />
        <button type="submit" class="bs-button">
          {i18n.t('memory.neverAdd')}
        </button>
        <p class="bs-options-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      </form>
    </fieldset>
  );
}
