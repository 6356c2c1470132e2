import { useState } from 'preact/hooks';

/** What learning reported, as the button shows it. */
export type LearnResult =
  | {
      ok: true;
      title: string;
      summary: { added: number; joined: number; pending: number; facts: number; quotes: number };
    }
  | { ok: false; error: string };

export interface LearnButtonProps {
  /** Runs the learning; the button shows progress and then the outcome. */
  onLearn: () => Promise<LearnResult>;
  /** Off where the page cannot be read (browser pages, no tab). */
  disabled?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The outcome in a sentence: what was new, what joined known names, and whether a question is waiting. */
export function describeLearned(summary: Extract<LearnResult, { ok: true }>['summary']): string {
  const parts = [
    `${plural(summary.added, 'new name')}, ${plural(summary.joined, 'known name')}`,
    `${plural(summary.facts, 'fact')}, ${plural(summary.quotes, 'quote')}`,
  ];
  const asks = summary.pending
    ? ` ${plural(summary.pending, 'name needs', 'names need')} your decision under Settings → Dictionary.`
    : '';
  return `Learned ${parts.join('; ')}.${asks}`;
}

/** "Learn from this article": adds the open article's names, facts and quotes to the reader's own dictionary. */
export function LearnButton({ onLearn, disabled = false }: LearnButtonProps) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<LearnResult | undefined>();

  const learn = async () => {
    setBusy(true);
    setResult(undefined);
    try {
      setResult(await onLearn());
    } catch (error) {
      setResult({ ok: false, error: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="bs-learn">
      <button type="button" class="bs-button-quiet" disabled={disabled || busy} aria-busy={busy} onClick={learn}>
        {busy ? 'Learning…' : 'Learn from this article'}
      </button>
      <p class="bs-learn-status" role={result && !result.ok ? 'alert' : 'status'}>
        {result ? (result.ok ? describeLearned(result.summary) : result.error) : ''}
      </p>
    </div>
  );
}
