import { answerClaimProbes } from '@/utils/annotate/framework-claim';

// Runs in the page's own world (Chromium only), where the properties frameworks set on their DOM nodes are visible:
// it answers the content script's question "has a framework hydrated this yet?" and does nothing else. Firefox's
// content script reads those properties itself through the page's wrappers.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  world: 'MAIN',
  exclude: ['firefox'],
  main() {
    answerClaimProbes(document);
  },
});
