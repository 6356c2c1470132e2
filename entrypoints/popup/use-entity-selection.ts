import { useRef, useState, type MutableRef } from 'preact/hooks';

/** The entity whose card is open, and how to open one and go back to the list. */
export interface EntitySelection {
  selected?: string;
  select(id: string): void;
  back(): void;
}

/** Opens an entity's card and, on going back, returns focus to the entry the reader came from within `root`. */
export function useEntitySelection(root: MutableRef<HTMLElement | null>): EntitySelection {
  const [selected, setSelected] = useState<string | undefined>();
  const lastSelected = useRef<string | undefined>(undefined);
  const select = (id: string) => {
    lastSelected.current = id;
    setSelected(id);
  };
  const back = () => {
    setSelected(undefined);
    // Return focus to the entry the reader came from, as a browser's back button would.
    requestAnimationFrame(() => {
      const id = lastSelected.current;
      const button = id && root.current?.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(id)}"]`);
      if (button) button.focus();
    });
  };
  return { selected, select, back };
}
