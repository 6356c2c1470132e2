import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { normaliseHostname } from '@/utils/settings/hostname';
import { MAX_SITE_RULES, type Settings, type SiteRule } from '@/utils/settings/schema';

export interface SiteRulesEditorProps {
  sites: Settings['sites'];
  /** Sets the rule for a normalised hostname, or removes it with null. */
  onChange: (hostname: string, rule: SiteRule | null) => void;
}

const ruleLabel = (rule: SiteRule) => (rule === 'on' ? i18n.t('sites.ruleOn') : i18n.t('sites.ruleOff'));

/** The list of sites switched off or on, with a form to add one; every row can be changed or removed. */
export function SiteRulesEditor({ sites, onChange }: SiteRulesEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [draftRule, setDraftRule] = useState<SiteRule>('off');
  const [error, setError] = useState<string | undefined>();
  const [removed, setRemoved] = useState<{ host: string; index: number } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const hosts = Object.keys(sites).sort((a, b) => a.localeCompare(b));

  // Once a removed row is gone, keep keyboard focus in the list instead of dropping it on the page body.
  useEffect(() => {
    if (!removed || removed.host in sites) return;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]') ?? [];
    (buttons[Math.min(removed.index, buttons.length - 1)] ?? inputRef.current)?.focus();
    setRemoved(null);
  }, [removed, sites]);

  const add = (event: Event) => {
    event.preventDefault();
    const result = normaliseHostname(draft);
    if (!result.ok) return setError(result.error);
    if (!(result.hostname in sites) && hosts.length >= MAX_SITE_RULES)
      return setError(i18n.t('sites.tooMany', [MAX_SITE_RULES]));
    setError(undefined);
    setDraft('');
    onChange(result.hostname, draftRule);
  };

  return (
    <fieldset class="bs-options-fieldset">
      <legend>{i18n.t('sites.legend')}</legend>
      <p class="bs-options-hint">{i18n.t('sites.hint')}</p>
      {hosts.length ? (
        <ul class="bs-site-rules" ref={listRef} aria-label={i18n.t('sites.listLabel')}>
          {hosts.map((host, index) => (
            <li class="bs-site-rule" key={host}>
              <span class="bs-site-rule-host">{host}</span>
              <select
                aria-label={i18n.t('sites.ruleLabel', [host])}
                value={sites[host]}
                onChange={(event) => onChange(host, event.currentTarget.value as SiteRule)}
              >
                {(['off', 'on'] as const).map((rule) => (
                  <option value={rule} key={rule}>
                    {ruleLabel(rule)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                class="bs-button-quiet"
                data-remove
                aria-label={i18n.t('sites.removeHost', [host])}
                onClick={() => {
                  setRemoved({ host, index });
                  onChange(host, null);
                }}
              >
                {i18n.t('sites.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bs-options-empty">{i18n.t('sites.empty')}</p>
      )}
      <form class="bs-site-add" onSubmit={add} noValidate>
        <label for={`${id}-new`}>{i18n.t('sites.addLabel')}</label>
        <input
          ref={inputRef}
          id={`${id}-new`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={i18n.t('sites.placeholder')}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <select
          aria-label={i18n.t('sites.newRuleLabel')}
          value={draftRule}
          onChange={(e) => setDraftRule(e.currentTarget.value as SiteRule)}
        >
          <option value="off">{ruleLabel('off')}</option>
          <option value="on">{ruleLabel('on')}</option>
        </select>
        <button type="submit" class="bs-button">
          {i18n.t('sites.add')}
        </button>
        <p class="bs-options-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      </form>
    </fieldset>
  );
}
