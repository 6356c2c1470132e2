// Components and notices read their words from the browser's catalogue; in tests the fake browser answers from the
// English one, built from locales/en.yml the way the extension's build does.
import { fakeBrowser } from 'wxt/testing';
import { englishCatalogue, messageGetter } from '../i18n/catalogue';

const getMessage = messageGetter(await englishCatalogue());
fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
