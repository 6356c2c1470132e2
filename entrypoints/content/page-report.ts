import { onMessage, type PageReport, type ReadAlongStatus } from '@/utils/messaging';
import type { AnnotationSession } from './annotation';
import { importCardChunk, importStoryChunk } from './card-chunk';
import { initToolbarSummary } from './toolbar-summary';

/** The report the popup shows: status, and every entity found with its mention count, in order of first mention. */
export function pageReport(session: AnnotationSession, readAlong: () => ReadAlongStatus): PageReport {
  const index = session.index();
  const counts = session.annotator()?.report() ?? [];
  const entities = counts.flatMap(({ id, count }) => {
    const entity = index.entity(id);
    return entity ? [{ id, name: entity.name, type: entity.type, count }] : [];
  });
  const limit = session.annotator()?.limit;
  const note = session.note();
  return {
    status: session.status(),
    url: location.href,
    entities,
    ...(note ? { note } : {}),
    ...(limit ? { limit } : {}),
    readAlong: readAlong(),
  };
}

/** Answers the popup: the page report, and "show me mention n of this entity". Stops answering when `signal` aborts. */
export function initPageReport(
  signal: AbortSignal,
  session: AnnotationSession,
  readAlong: () => ReadAlongStatus,
): void {
  const report = () => pageReport(session, readAlong);
  const removers = [
    // Mentions around the story are counted apart by the story's script, which found it.
    onMessage('popup:get-page-report', async () => {
      const frame = session.around();
      return frame ? (await importStoryChunk()).countAround(report(), session.marks(), frame) : report();
    }),
    // Scrolling to a mention is the card's script's job: asked for from the popup only, it waits for that script.
    onMessage('popup:show-mention', async ({ data }) => {
      if (typeof data?.entityId !== 'string' || !Number.isFinite(data.index)) return null;
      return (await importCardChunk()).showMention(session.marks(), data.entityId, data.index);
    }),
  ];
  signal.addEventListener('abort', () => removers.forEach((remove) => remove()));
  initToolbarSummary(signal, session, report);
}
