import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Correction } from '@/utils/dictionary/schema';

/** Stores a correction and, once stored, tells the reader `done` (or why it was not saved). */
export type SendCorrection = (correction: Correction, done: string) => Promise<void>;

/** The correction menu's status line and how to send a correction through `onCorrect`. */
export function useSendCorrection(onCorrect: (correction: Correction) => Promise<void>): {
  message?: string;
  send: SendCorrection;
} {
  const [message, setMessage] = useState<string>();
  const send: SendCorrection = async (correction, done) => {
    try {
      await onCorrect(correction);
      setMessage(done);
    } catch (error) {
      setMessage(i18n.t('correction.notSaved', [(error as Error).message]));
    }
  };
  return { message, send };
}
