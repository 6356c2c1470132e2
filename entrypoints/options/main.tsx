import { render } from 'preact';
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import '@/components/styles/theme.css';
import { OptionsApp } from './options-app';

document.title = i18n.t('options.title');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<OptionsApp />, document.getElementById('app')!);
