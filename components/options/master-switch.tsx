import { useId } from 'preact/hooks';

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

/** Where the reader changes or removes the shortcut, in words for their browser. */
function ShortcutHelp({ browser }: { browser: BrowserFamily }) {
  if (browser === 'firefox')
    return (
      <>
        To set, change or remove it, open <code>about:addons</code>, choose the gear menu, then{' '}
        <strong>Manage Extension Shortcuts</strong>.
      </>
    );
  return (
    <>
      To set, change or remove it, open <code>chrome://extensions/shortcuts</code> (in Edge,{' '}
      <code>edge://extensions/shortcuts</code>).
    </>
  );
}

/** The on/off switch for every site, with the keyboard shortcut that flips it. */
export function MasterSwitch({ enabled, onChange, shortcut, browser, onOpenShortcuts }: MasterSwitchProps) {
  const id = useId();
  return (
    <fieldset class="bs-options-fieldset">
      <legend>On or off</legend>
      <div class="bs-options-choice">
        <input
          type="checkbox"
          role="switch"
          id={id}
          checked={enabled}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for={id}>Highlight names on every site</label>
        <p class="bs-options-hint" id={`${id}-hint`}>
          {enabled
            ? 'Backstory is on, except on sites you switch off below.'
            : 'Backstory is off everywhere, including sites you switched on below.'}
        </p>
      </div>
      <p class="bs-options-shortcut">
        {shortcut === undefined ? null : shortcut ? (
          <>
            Shortcut: <kbd>{shortcut}</kbd> turns Backstory on or off everywhere.{' '}
          </>
        ) : (
          <>No keyboard shortcut is set for turning Backstory on or off. </>
        )}
        <ShortcutHelp browser={browser} />
      </p>
      {onOpenShortcuts && (
        <button type="button" class="bs-button-quiet" onClick={onOpenShortcuts}>
          Open shortcut settings
        </button>
      )}
    </fieldset>
  );
}
