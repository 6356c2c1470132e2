import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { ensureCatalogue } from '@/utils/i18n/catalogue-fallback';
import '@/components/styles/theme.css';
import './popup.css';
import { PopupApp } from './popup-app';

void ensureCatalogue().then(() => {
  document.title = i18n.t('extension.name');
  document.documentElement.lang = browser.i18n.getUILanguage();
  render(<PopupApp />, document.getElementById('app')!);
});
