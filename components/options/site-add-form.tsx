import { useId, useState, type MutableRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { normaliseHostname } from '../../utils/settings/hostname';
import { MAX_SITE_RULES, type Settings, type SiteRule } from '../../utils/settings/schema';
import { SiteRuleSelect } from './site-rule-select';
import { HostnameInput } from './hostname-input';

export interface SiteAddFormProps {
  /** The sites already listed, to tell a new one from a changed one when the list is full. */
  sites: Settings['sites'];
  inputRef: MutableRef<HTMLInputElement | null>;
  /** Called with the normalised hostname and its rule. */
  onAdd: (hostname: string, rule: SiteRule) => void;
}

/** The form that adds a site (or changes a listed one) from whatever address the reader types or pastes. */
export function SiteAddForm({ sites, inputRef, onAdd }: SiteAddFormProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [draftRule, setDraftRule] = useState<SiteRule>('off');
  const [error, setError] = useState<string | undefined>();

  const add = (event: Event) => {
    event.preventDefault();
    const result = normaliseHostname(draft);
    if (!result.ok) return setError(result.error);
    if (!(result.hostname in sites) && Object.keys(sites).length >= MAX_SITE_RULES)
      return setError(i18n.t('sites.tooMany', [MAX_SITE_RULES]));
    setError(undefined);
    setDraft('');
    onAdd(result.hostname, draftRule);
  };

  return (
    <form class="bs-site-add" onSubmit={add} noValidate>
      <label for={`${id}-new`}>{i18n.t('sites.addLabel')}</label>
      <HostnameInput
        id={`${id}-new`}
        value={draft}
        onInput={setDraft}
        error={error}
        errorId={`${id}-error`}
        inputRef={inputRef}
      />
      <SiteRuleSelect label={i18n.t('sites.newRuleLabel')} value={draftRule} onChange={setDraftRule} />
      <button type="submit" class="bs-button">
        {i18n.t('sites.add')}
      </button>
      <p class="bs-options-error" id={`${id}-error`} role="alert">
        {error}
      </p>
    </form>
  );
}
