import { i18n } from '#i18n';
import { SwitchRow } from '../options/switch-row';
import '../options/options.css';
import './welcome.css';

export interface WelcomePageProps {
  /** "Remember articles I read", or undefined until the settings are read. */
  remember: boolean | undefined;
  /** Whether Backstory reads along: it remembers only then. */
  readAlong: boolean | undefined;
  onRemember: (on: boolean) => void;
}

/**
 * The page opened once, when Backstory is installed: what it does, that it all stays on this computer, and what
 * "Remember articles I read" keeps and where, with the switch itself (off until the reader turns it on).
 */
export function WelcomePage({ remember, readAlong, onRemember }: WelcomePageProps) {
  return (
    <main class="bs-options bs-welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <p>{i18n.t('welcome.intro')}</p>
      <p>{i18n.t('welcome.local')}</p>
      <section aria-labelledby="bs-welcome-remember">
        <h2 id="bs-welcome-remember">{i18n.t('welcome.rememberHeading')}</h2>
        <p>{i18n.t('welcome.rememberIntro')}</p>
        <h3>{i18n.t('welcome.keptHeading')}</h3>
        <ul>
          <li>{i18n.t('welcome.keptSource')}</li>
          <li>{i18n.t('welcome.keptNames')}</li>
          <li>{i18n.t('welcome.keptNot')}</li>
        </ul>
        <h3>{i18n.t('welcome.whereHeading')}</h3>
        <p>{i18n.t('welcome.where')}</p>
        {remember !== undefined && (
          <SwitchRow
            checked={remember}
            label={i18n.t('readAlong.rememberLabel')}
            hint={
              <>
                {i18n.t('welcome.switchHint')}
                {remember && readAlong === false && ` ${i18n.t('readAlong.rememberNeedsReadAlong')}`}
              </>
            }
            onChange={onRemember}
          />
        )}
      </section>
      <p>
        <a class="bs-button-quiet bs-welcome-settings" href="/options.html">
          {i18n.t('welcome.openSettings')}
        </a>
      </p>
    </main>
  );
}
