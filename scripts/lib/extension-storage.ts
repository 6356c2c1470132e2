// What an extension keeps on disk in a Chromium profile: its IndexedDB databases (with the files large values are
// moved to) and its storage.local, each as the browser wrote them, compression included.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Bytes under `dir` (0 when it does not exist). */
function bytesUnder(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(full) : statSync(full).size;
  }
  return total;
}

/** Bytes the extension `extensionId` keeps in the profile at `userDataDir`, by where. */
export function extensionStorageBytes(userDataDir: string, extensionId: string): Record<string, number> {
  const profile = path.join(userDataDir, 'Default');
  const idbPrefix = `chrome-extension_${extensionId}_`;
  let indexedDB = 0;
  const idbRoot = path.join(profile, 'IndexedDB');
  for (const name of (() => {
    try {
      return readdirSync(idbRoot);
    } catch {
      return [];
    }
  })())
    if (name.startsWith(idbPrefix)) indexedDB += bytesUnder(path.join(idbRoot, name));
  const storageLocal = bytesUnder(path.join(profile, 'Local Extension Settings', extensionId));
  return { indexedDB, storageLocal, total: indexedDB + storageLocal };
}
