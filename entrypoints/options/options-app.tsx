import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { GeneralSettings } from '@/components/options/general-settings';
import { OptionsPage, type OptionsSection } from '@/components/options/options-page';
import { DictionarySection } from '@/components/options/dictionary-section';
import { useMemory } from './use-memory';
import { useReaderLayer } from './use-reader-layer';
import { useSettings } from './use-settings';
import { shortcutOpener, useShortcut } from './use-shortcut';

const openShortcuts = shortcutOpener();

/** The options page wired to storage and the browser's commands. */
export function OptionsApp() {
  const state = useSettings();
  const shortcut = useShortcut();
  const dictionary = useReaderLayer();
  const memory = useMemory(dictionary.layerSize, state.settings, state.change);
  const [selected, setSelected] = useState(() => location.hash.slice(1));

  // Sections are listed here; a later feature adds its own entry (e.g. { id: 'dictionary', ... }).
  const sections: OptionsSection[] = [
    {
      id: 'general',
      label: i18n.t('options.general'),
      content: state.settings ? (
        <GeneralSettings
          settings={state.settings}
          onChange={state.change}
          onSiteRule={state.siteRule}
          shortcut={shortcut}
          browser={import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome'}
          onOpenShortcuts={openShortcuts}
        />
      ) : (
        <p role="status">{i18n.t('options.loadingSettings')}</p>
      ),
    },
    {
      id: 'dictionary',
      label: i18n.t('options.dictionary'),
      content: dictionary.loading ? (
        <p role="status">{i18n.t('options.loadingDictionary')}</p>
      ) : (
        <DictionarySection {...dictionary} memory={memory} />
      ),
    },
  ];

  return (
    <OptionsPage
      sections={sections}
      selected={selected}
      onSelect={(id) => {
        setSelected(id);
        history.replaceState(null, '', `#${id}`);
      }}
      notice={state.notice}
      saveError={state.saveError}
      onAcknowledge={state.acknowledge}
    />
  );
}
