import { i18n } from '#i18n';
import { RichText } from '../rich-text';
import { SwitchRow } from './switch-row';

/** Which browser's shortcut settings to explain. */
export type BrowserFamily = 'chrome' | 'firefox';

export interface MasterSwitchProps {
  enabled: boolean;
  onChange: (enabled: boolean) => void;
  /** The shortcut bound to "turn on or off everywhere": "" when unset, undefined while unknown. */
  shortcut: string | undefined;
  browser: BrowserFamily;
  /** Opens the browser's shortcut settings, where the browser allows an extension to. */
  onOpenShortcuts?: () => void;
}

// The browsers' own pages for shortcuts: addresses, the same in every language.
const FIREFOX_ADDONS = 'about:addons';
const CHROME_SHORTCUTS = 'chrome://extensions/shortcuts';
const EDGE_SHORTCUTS = 'edge://extensions/shortcuts';

/** Where the reader changes or removes the shortcut, in words for their browser. */
function ShortcutHelp({ browser }: { browser: BrowserFamily }) {
  if (browser === 'firefox')
    return (
      <RichText
        text={(slots) => i18n.t('master.firefoxHelp', slots)}
        parts={{ page: <code>{FIREFOX_ADDONS}</code>, command: <strong>{i18n.t('master.firefoxCommand')}</strong> }}
      />
    );
  return (
    <RichText
      text={(slots) => i18n.t('master.chromeHelp', slots)}
      parts={{ page: <code>{CHROME_SHORTCUTS}</code>, edge: <code>{EDGE_SHORTCUTS}</code> }}
    />
  );
}

/** The on/off switch for every site, with the keyboard shortcut that flips it. */
export function MasterSwitch({ enabled, onChange, shortcut, browser, onOpenShortcuts }: MasterSwitchProps) {
  return (
    <fieldset class="bs-options-fieldset">
      <legend>{i18n.t('master.legend')}</legend>
      <SwitchRow
        checked={enabled}
        label={i18n.t('master.label')}
        hint={enabled ? i18n.t('master.hintOn') : i18n.t('master.hintOff')}
        onChange={onChange}
      />
      <p class="bs-options-shortcut">
        {shortcut === undefined ? null : shortcut ? (
          <>
            <RichText text={(slots) => i18n.t('master.shortcut', slots)} parts={{ key: <kbd>{shortcut}</kbd> }} />{' '}
          </>
        ) : (
          <>{`${i18n.t('master.noShortcut')} `}</>
        )}
        <ShortcutHelp browser={browser} />
      </p>
      <p class="bs-options-hint">{i18n.t('master.keyboardNames')}</p>
      {onOpenShortcuts && (
        <button type="button" class="bs-button-quiet" onClick={onOpenShortcuts}>
          {i18n.t('master.openShortcuts')}
        </button>
      )}
    </fieldset>
  );
}
