// The reader layer's storage items on their own, apart from the code that parses and writes the layer (and the schema
// library it needs): a page's content script only watches the names item and should load nothing more.
import { lazyItem } from './lazy-item';

/**
 * The reader's layer is one `local:` storage item: one write replaces it whole, so a reader never sees half an
 * update, and content scripts can read and watch it directly (an extension IndexedDB is out of their reach).
 */
export const layerItem = lazyItem('local:readerLayer');

/**
 * The names-only outline of the layer (see names-index) in its own item, so a page's start-up reads a few names per
 * entity instead of every learned fact and quote. saveLayer writes it in the same call as the layer.
 */
export const layerNamesItem = lazyItem('local:readerNames');

/**
 * The small outline of the layer (see layer-outline): its learned sources without their contents, open decisions,
 * corrections and a stamp new with every write, so extension pages can show their lists before reading the layer and
 * derived data can tell which write it was made from. saveLayer writes it in the same call as the layer.
 */
export const layerOutlineItem = lazyItem('local:readerOutline');
