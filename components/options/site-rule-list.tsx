import type { MutableRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Settings, SiteRule } from '@/utils/settings/schema';
import { SiteRuleSelect } from './site-rule-select';

export interface SiteRuleListProps {
  /** The sites' hostnames in the order shown. */
  hosts: readonly string[];
  sites: Settings['sites'];
  listRef: MutableRef<HTMLUListElement | null>;
  onChange: (hostname: string, rule: SiteRule) => void;
  onRemove: (hostname: string, index: number) => void;
}

/** One row a site: its hostname, its rule and a button to remove it. */
export function SiteRuleList({ hosts, sites, listRef, onChange, onRemove }: SiteRuleListProps) {
  return (
    <ul class="bs-site-rules" ref={listRef} aria-label={i18n.t('sites.listLabel')}>
      {hosts.map((host, index) => (
        <li class="bs-site-rule" key={host}>
          <span class="bs-site-rule-host">{host}</span>
          <SiteRuleSelect
            label={i18n.t('sites.ruleLabel', [host])}
            value={sites[host]!}
            onChange={(rule) => onChange(host, rule)}
          />
          <button
            type="button"
            class="bs-button-quiet"
            data-remove
            aria-label={i18n.t('sites.removeHost', [host])}
            onClick={() => onRemove(host, index)}
          >
            {i18n.t('sites.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
