import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { ensureCatalogue } from '@/utils/i18n/catalogue-fallback';
import '@/components/styles/theme.css';
import { WelcomePage } from '@/components/welcome/welcome-page';
import { useRemember } from '@/components/use-remember';

/** The first-run page, wired to the stored settings. */
function WelcomeApp() {
  const remember = useRemember();
  return <WelcomePage remember={remember.on} readAlong={remember.readAlong} onRemember={remember.set} />;
}

void ensureCatalogue().then(() => {
  document.title = i18n.t('welcome.title');
  document.documentElement.lang = browser.i18n.getUILanguage();
  render(<WelcomeApp />, document.getElementById('app')!);
});
