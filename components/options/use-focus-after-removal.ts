import { useEffect, useState, type MutableRef } from 'preact/hooks';

/**
 * Keeps keyboard focus in a list whose rows can be removed: once the removed row is gone from `present`, focus moves
 * to the remove button now in its place (or the last one), else to `fallback`. Returns what to call on removing.
 */
export function useFocusAfterRemoval(
  present: Readonly<Record<string, unknown>>,
  list: MutableRef<HTMLElement | null>,
  fallback: MutableRef<HTMLElement | null>,
): (key: string, index: number) => void {
  const [removed, setRemoved] = useState<{ key: string; index: number } | null>(null);
  // Without this, focus drops to the page body once the row it was on is gone.
  useEffect(() => {
    if (!removed || removed.key in present) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]') ?? [];
    (buttons[Math.min(removed.index, buttons.length - 1)] ?? fallback.current)?.focus();
    setRemoved(null);
  }, [removed, present]);
  return (key, index) => setRemoved({ key, index });
}
