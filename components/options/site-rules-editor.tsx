import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { normaliseHostname } from '@/utils/settings/hostname';
import { MAX_SITE_RULES, type Settings, type SiteRule } from '@/utils/settings/schema';

export interface SiteRulesEditorProps {
  sites: Settings['sites'];
  /** Sets the rule for a normalised hostname, or removes it with null. */
  onChange: (hostname: string, rule: SiteRule | null) => void;
}

const RULE_LABELS: Record<SiteRule, string> = { off: 'Off', on: 'On' };

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
      return setError(`You can keep at most ${MAX_SITE_RULES} site rules; remove some before adding more.`);
    setError(undefined);
    setDraft('');
    onChange(result.hostname, draftRule);
  };

  return (
    <fieldset class="bs-options-fieldset">
      <legend>Sites</legend>
      <p class="bs-options-hint">
        Sites you switched off never show highlights. Sites you switched on show them on every page, even where
        Backstory would otherwise wait for an article. A rule for example.com also covers news.example.com.
      </p>
      {hosts.length ? (
        <ul class="bs-site-rules" ref={listRef} aria-label="Site rules">
          {hosts.map((host, index) => (
            <li class="bs-site-rule" key={host}>
              <span class="bs-site-rule-host">{host}</span>
              <select
                aria-label={`Backstory on ${host}`}
                value={sites[host]}
                onChange={(event) => onChange(host, event.currentTarget.value as SiteRule)}
              >
                {(['off', 'on'] as const).map((rule) => (
                  <option value={rule} key={rule}>
                    {RULE_LABELS[rule]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                class="bs-button-quiet"
                data-remove
                aria-label={`Remove ${host}`}
                onClick={() => {
                  setRemoved({ host, index });
                  onChange(host, null);
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bs-options-empty">No sites yet: Backstory follows the settings on this page everywhere.</p>
      )}
      <form class="bs-site-add" onSubmit={add} noValidate>
        <label for={`${id}-new`}>Add a site</label>
        <input
          ref={inputRef}
          id={`${id}-new`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <select
          aria-label="Rule for the new site"
          value={draftRule}
          onChange={(e) => setDraftRule(e.currentTarget.value as SiteRule)}
        >
          <option value="off">Off</option>
          <option value="on">On</option>
        </select>
        <button type="submit" class="bs-button">
          Add
        </button>
        <p class="bs-options-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      </form>
    </fieldset>
  );
}
