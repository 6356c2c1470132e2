import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { ensureCatalogue } from '@/utils/i18n/catalogue-fallback';
import '@/components/styles/theme.css';
import { OptionsApp } from './options-app';

void ensureCatalogue().then(() => {
  document.title = i18n.t('options.title');
  document.documentElement.lang = browser.i18n.getUILanguage();
  render(<OptionsApp />, document.getElementById('app')!);
});
