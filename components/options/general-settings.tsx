import type { Settings, SiteRule } from '@/utils/settings/schema';
import { CardDelayInput } from './card-delay-input';
import { ChoiceGroup } from './choice-group';
import { HighlightPreview } from './highlight-preview';
import { MasterSwitch, type MasterSwitchProps } from './master-switch';
import { SiteRulesEditor } from './site-rules-editor';
import { TypeChoices } from './type-choices';

export interface GeneralSettingsProps {
  settings: Settings;
  /** Saves a change to one or more settings. */
  onChange: (change: Partial<Settings>) => void;
  /** Sets or removes the rule for a normalised hostname. */
  onSiteRule: (hostname: string, rule: SiteRule | null) => void;
  shortcut: MasterSwitchProps['shortcut'];
  browser: MasterSwitchProps['browser'];
  onOpenShortcuts?: () => void;
}

/** Every setting of the extension, one fieldset each; changes are reported one at a time as they happen. */
export function GeneralSettings({ settings, onChange, onSiteRule, ...shortcut }: GeneralSettingsProps) {
  return (
    <div class="bs-options-general">
      <MasterSwitch enabled={settings.enabled} onChange={(enabled) => onChange({ enabled })} {...shortcut} />
      <SiteRulesEditor sites={settings.sites} onChange={onSiteRule} />
      <ChoiceGroup
        legend="Where it runs"
        name="run-on"
        value={settings.runOn}
        onChange={(runOn) => onChange({ runOn })}
        choices={[
          {
            value: 'articles',
            label: 'Pages that look like articles',
            hint: 'News stories and posts: pages marked as an article, or built around an article element.',
          },
          { value: 'everywhere', label: 'Every page', hint: 'Search results, front pages and forums too.' },
        ]}
      />
      <TypeChoices types={settings.types} onChange={(types) => onChange({ types })} />
      <ChoiceGroup
        legend="Highlight style"
        name="highlight-style"
        value={settings.highlightStyle}
        onChange={(highlightStyle) => onChange({ highlightStyle })}
        choices={[
          { value: 'underline', label: 'Underline' },
          { value: 'background', label: 'Background colour' },
          { value: 'none', label: 'None until hovered', hint: 'Names show only when the pointer or focus is on them.' },
        ]}
      >
        <HighlightPreview style={settings.highlightStyle} firstMentionOnly={settings.firstMentionOnly} />
      </ChoiceGroup>
      <ChoiceGroup
        legend="Which mentions"
        name="mentions"
        value={settings.firstMentionOnly ? 'first' : 'all'}
        onChange={(mentions) => onChange({ firstMentionOnly: mentions === 'first' })}
        choices={[
          { value: 'all', label: 'Every mention of a name' },
          { value: 'first', label: 'Only the first mention of each name on a page' },
        ]}
      />
      <CardDelayInput value={settings.cardDelay} onChange={(cardDelay) => onChange({ cardDelay })} />
    </div>
  );
}
