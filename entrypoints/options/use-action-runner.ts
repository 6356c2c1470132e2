import { useState } from 'preact/hooks';
import type { DictionarySectionProps } from '@/components/options/dictionary-section';

/** Runs an action; what it resolves to is said as done, what it throws as an error. */
export type RunAction = (action: () => Promise<string | undefined>) => Promise<void>;

/** Runs the section's actions one at a time, busy meanwhile, keeping the notice of the last one. */
export function useActionRunner(): { busy: boolean; notice?: DictionarySectionProps['notice']; run: RunAction } {
  const [notice, setNotice] = useState<DictionarySectionProps['notice']>();
  const [busy, setBusy] = useState(false);
  const run: RunAction = async (action) => {
    setBusy(true);
    try {
      const done = await action();
      setNotice(done ? { kind: 'done', text: done } : undefined);
    } catch (error) {
      setNotice({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return { busy, notice, run };
}
