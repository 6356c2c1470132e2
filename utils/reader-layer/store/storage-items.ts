// The reader layer's storage items on their own, apart from the code that parses and writes the layer (and the schema
// library it needs): a page's content script only watches the page names item and should load nothing more.
import { textItem } from './lazy-item';
import { idbLayerItem, idbNamesItem } from './layer-db';
import { PAGE_NAMES_KEY } from '../model/names-index';

/**
 * The reader's layer lives in the extension's IndexedDB (see layer-db), each write one transaction so a reader never
 * sees half an update. Kept in `storage.local`, every write would send the old and new layer (megabytes)
 * to every context watching storage, each open tab's content script among them; pages read the names item instead.
 */
export const layerItem = idbLayerItem;

/**
 * The names-only outline of the layer (see names-index), kept as JSON text in the layer's database beside the layer
 * (see layer-db), for extension pages and the background; saveLayer writes it after the layer. Pages read the page
 * names item.
 */
export const layerNamesItem = idbNamesItem;

/**
 * The two items below are kept as JSON text (see textItem), rewritten with every layer write.
 *
 * The names pages match with, joined ahead from the bundled names, the layer's names and the reader's corrections (see
 * names-index); null while the layer adds nothing. saveLayer writes it after the names.
 */
export const pageNamesItem = textItem(`local:${PAGE_NAMES_KEY}`);

/**
 * The small outline of the layer (see layer-outline): its learned sources without their contents, open decisions,
 * corrections and a stamp new with every write, so extension pages can show their lists before reading the layer and
 * derived data can tell which write it was made from. saveLayer writes it in the same call as the page names, after the layer and names.
 */
export const layerOutlineItem = textItem('local:readerOutline');
