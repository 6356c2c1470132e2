import { i18n } from '#i18n';
import type { SiteRule } from '@/utils/settings/schema';

export interface SiteRuleSelectProps {
  /** What the select sets, for assistive technology. */
  label: string;
  value: SiteRule;
  onChange: (rule: SiteRule) => void;
}

const RULES = ['off', 'on'] as const;
const ruleLabel = (rule: SiteRule) => (rule === 'on' ? i18n.t('sites.ruleOn') : i18n.t('sites.ruleOff'));

/** A choice between Backstory off and on for a site. */
export function SiteRuleSelect({ label, value, onChange }: SiteRuleSelectProps) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.currentTarget.value as SiteRule)}>
      {RULES.map((rule) => (
        <option value={rule} key={rule}>
          {ruleLabel(rule)}
        </option>
      ))}
    </select>
  );
}
