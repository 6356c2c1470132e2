import { loadBundledDictionary } from '@/utils/dictionary/bundled';
import { emptyDictionary } from '@/utils/dictionary/validate';
import type { CardService } from '@/utils/reader-layer/cards/card-service';
import { ensureCatalogue } from '@/utils/i18n/catalogue-fallback';
import { ensureLayerNames } from '@/utils/reader-layer/store/storage';
import { serveCardDetails } from './card-details';
import { handleCommands } from './commands';
import { storeCorrections } from './corrections';
import { serveLearning } from './learn-tab';
import { serveLayerSummary } from './layer-summary';
import { servePageNames } from './page-names';
import { serveReadBefore } from './read-before';
import { startReadAlong } from './read-along';
import { showPageSummaries } from './toolbar';
import { welcomeOnInstall } from './welcome';

export default defineBackground(() => {
  // Registered first, before anything that may wait: the install event comes once.
  welcomeOnInstall();
  // Titles and notices set from here read the shipped catalogue when the browser's answers nothing.
  void ensureCatalogue();
  // Pages match with names only; the card details of the names on them come from here.
  const bundled = loadBundledDictionary();
  let cards: CardService | undefined;
  // A story's names are matched against the reader's whole dictionary once it is built, the bundled one before.
  const stories = startReadAlong(bundled, async () => (cards ? cards.dictionary() : (bundled ?? emptyDictionary())));
  if (bundled) cards = serveCardDetails(bundled, stories);
  if (bundled) servePageNames(bundled);
  if (cards) serveReadBefore(cards);
  if (cards) serveLayerSummary(cards);
  if (bundled) serveLearning(bundled);
  storeCorrections();
  showPageSummaries();
  // At every start: a layer kept from an earlier version moves into the database and gets the names-only outline
  // pages read, and names and outline left behind by a write cut short are rewritten from the layer.
  void ensureLayerNames().catch((error: unknown) => console.error('Backstory could not index your dictionary:', error));
  handleCommands();
});
