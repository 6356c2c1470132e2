import { useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Settings, SiteRule } from '@/utils/settings/schema';
import { SiteAddForm } from './site-add-form';
import { SiteRuleList } from './site-rule-list';
import { useFocusAfterRemoval } from './use-focus-after-removal';

export interface SiteRulesEditorProps {
  sites: Settings['sites'];
  /** Sets the rule for a normalised hostname, or removes it with null. */
  onChange: (hostname: string, rule: SiteRule | null) => void;
}

/** The list of sites switched off or on, with a form to add one; every row can be changed or removed. */
export function SiteRulesEditor({ sites, onChange }: SiteRulesEditorProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const hosts = Object.keys(sites).sort((a, b) => a.localeCompare(b));
  const removing = useFocusAfterRemoval(sites, listRef, inputRef);
  const remove = (host: string, index: number) => {
    removing(host, index);
    onChange(host, null);
  };

  return (
    <fieldset class="bs-options-fieldset">
      <legend>{i18n.t('sites.legend')}</legend>
      <p class="bs-options-hint">{i18n.t('sites.hint')}</p>
      {hosts.length ? (
        <SiteRuleList hosts={hosts} sites={sites} listRef={listRef} onChange={onChange} onRemove={remove} />
      ) : (
        <p class="bs-options-empty">{i18n.t('sites.empty')}</p>
      )}
      <SiteAddForm sites={sites} inputRef={inputRef} onAdd={onChange} />
    </fieldset>
  );
}
