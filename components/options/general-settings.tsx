import { i18n } from '#i18n';
import type { Settings, SiteRule } from '@/utils/settings/schema';
import { CardDelayInput } from './card-delay-input';
import { ChoiceGroup } from './choice-group';
import { HighlightPreview } from './highlight-preview';
import { MasterSwitch, type MasterSwitchProps } from './master-switch';
import { ReadAlongSwitch } from './read-along-switch';
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
      <ReadAlongSwitch
        readAlong={settings.readAlong}
        remember={settings.rememberArticles}
        onChange={(readAlong) => onChange({ readAlong })}
        onRemember={(rememberArticles) => onChange({ rememberArticles })}
      />
      <ChoiceGroup
        legend={i18n.t('runOn.legend')}
        name="run-on"
        value={settings.runOn}
        onChange={(runOn) => onChange({ runOn })}
        choices={[
          {
            value: 'articles',
            label: i18n.t('runOn.articles'),
            hint: i18n.t('runOn.articlesHint'),
          },
          { value: 'everywhere', label: i18n.t('runOn.everywhere'), hint: i18n.t('runOn.everywhereHint') },
        ]}
      />
      <ChoiceGroup
        legend={i18n.t('markWhere.legend')}
        name="mark-where"
        value={settings.wholePage ? 'page' : 'story'}
        onChange={(where) => onChange({ wholePage: where === 'page' })}
        choices={[
          { value: 'story', label: i18n.t('markWhere.story'), hint: i18n.t('markWhere.storyHint') },
          { value: 'page', label: i18n.t('markWhere.page'), hint: i18n.t('markWhere.pageHint') },
        ]}
      />
      <TypeChoices types={settings.types} onChange={(types) => onChange({ types })} />
      <ChoiceGroup
        legend={i18n.t('highlight.legend')}
        name="highlight-style"
        value={settings.highlightStyle}
        onChange={(highlightStyle) => onChange({ highlightStyle })}
        choices={[
          { value: 'underline', label: i18n.t('highlight.underline') },
          { value: 'background', label: i18n.t('highlight.background') },
          { value: 'none', label: i18n.t('highlight.none'), hint: i18n.t('highlight.noneHint') },
        ]}
      >
        <HighlightPreview style={settings.highlightStyle} firstMentionOnly={settings.firstMentionOnly} />
      </ChoiceGroup>
      <ChoiceGroup
        legend={i18n.t('mentions.legend')}
        name="mentions"
        value={settings.firstMentionOnly ? 'first' : 'all'}
        onChange={(mentions) => onChange({ firstMentionOnly: mentions === 'first' })}
        choices={[
          { value: 'all', label: i18n.t('mentions.all') },
          { value: 'first', label: i18n.t('mentions.first') },
        ]}
      />
      <CardDelayInput value={settings.cardDelay} onChange={(cardDelay) => onChange({ cardDelay })} />
    </div>
  );
}
