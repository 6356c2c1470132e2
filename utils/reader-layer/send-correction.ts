import type { Correction } from '../dictionary/schema';
import { sendMessage } from '../messaging';

/**
 * Stores a correction made on a card, a page's or the popup's, through the background, so every correction is
 * written in one place; throws with the reason when it was not stored.
 */
export async function sendCorrection(correction: Correction): Promise<void> {
  const answer = await sendMessage('content:add-correction', correction);
  if (answer.error) throw new Error(answer.error);
}
