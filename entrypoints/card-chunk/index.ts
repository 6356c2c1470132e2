import { showMention, startCard, type CardChunk } from './start-card';

// Loaded by the content script with a dynamic import the first time a name is hovered or focused, never listed in the
// manifest: it holds the card's UI library, styles, placement and the bundled dictionary's details. Its code
// lives in ./start-card, so that the build, which reads this file's options in Node, need not load the card's UI.
export default defineUnlistedScript((): CardChunk => ({
  startCard,
  showMention,
}));
