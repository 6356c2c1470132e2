import { browser } from 'wxt/browser';
import type { CardChunk } from '../card-chunk/start-card';

/** Where the build puts the card's script (see wxt.config.ts), relative to the extension's root. */
export const CARD_CHUNK_PATH = '/card-chunk.js';

/**
 * Imports the card's script from inside the extension (never from anywhere else: there is no remote code). It is built
 * as an ES module whose default export is the promise of its exports.
 */
export async function importCardChunk(): Promise<CardChunk> {
  const module = (await import(/* @vite-ignore */ browser.runtime.getURL(CARD_CHUNK_PATH))) as {
    default: Promise<CardChunk>;
  };
  return module.default;
}
