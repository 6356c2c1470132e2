import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

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

/** The outcome in a sentence: what was new, what joined known names, and whether a question is waiting. */
export function describeLearned(summary: Extract<LearnResult, { ok: true }>['summary']): string {
  const learned = i18n.t('learn.learned', [
    i18n.t('learn.newNames', summary.added),
    i18n.t('learn.knownNames', summary.joined),
    i18n.t('count.facts', summary.facts),
    i18n.t('count.quotes', summary.quotes),
  ]);
  return summary.pending ? `${learned} ${i18n.t('learn.pending', summary.pending)}` : learned;
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
        {busy ? i18n.t('learn.busy') : i18n.t('learn.button')}
      </button>
      <p class="bs-learn-status" role={result && !result.ok ? 'alert' : 'status'}>
        {result ? (result.ok ? describeLearned(result.summary) : result.error) : ''}
      </p>
    </div>
  );
}
