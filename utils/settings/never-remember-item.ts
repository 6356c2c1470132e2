import { storage } from 'wxt/utils/storage';
import { parseNeverRemember } from './never-remember';

/**
 * The stored "never remember" list (`local:neverRemember`, a list of hostnames), beside the settings item and
 * versioned as it is, so a later layout can migrate it. Only the background and the options page read it.
 */
export const neverRememberItem = storage.defineItem<unknown, { v: number }>('local:neverRemember', { version: 1 });

/** The stored list; an unreadable value reads as an empty list. */
export async function loadNeverRemember(): Promise<string[]> {
  return parseNeverRemember(await neverRememberItem.getValue());
}

/** Applies `change` to the stored list and saves the result, checked again; returns it. */
export async function updateNeverRemember(change: (list: string[]) => string[]): Promise<string[]> {
  const next = parseNeverRemember(change(await loadNeverRemember()));
  await neverRememberItem.setValue(next);
  return next;
}

/** Calls `listener` with the list after every change; returns the function that stops. */
export function watchNeverRemember(listener: (list: string[]) => void): () => void {
  return neverRememberItem.watch((value) => listener(parseNeverRemember(value)));
}
