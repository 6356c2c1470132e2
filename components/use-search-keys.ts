import { useRef } from 'preact/hooks';

/**
 * The keys of a search field and its list of result buttons: Down from the field goes to the first result, Up and
 * Down move between results (Up from the first back to the field), Escape in the field clears it and Escape on a
 * result returns to the field.
 */
export function useSearchKeys(hasResults: boolean, query: string, clear: () => void) {
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttons = () => Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);

  const onInputKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && hasResults) {
      event.preventDefault();
      buttons()[0]?.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      clear();
    }
  };
  const onResultKey = (event: KeyboardEvent, i: number) => {
    const all = buttons();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(i + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (i === 0 ? inputRef.current : all[i - 1])?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      inputRef.current?.focus();
    }
  };
  return { listRef, inputRef, onInputKey, onResultKey };
}
