import type { EntityLookup } from '@/utils/dictionary/lookup';
import { onMessage, type PageReport } from '@/utils/messaging';
import type { AnnotationSession } from './annotation';
import { initToolbarSummary } from './toolbar-summary';

/** The report the popup shows: status, and every entity found with its mention count, in order of first mention. */
export function pageReport(session: AnnotationSession, index: EntityLookup): PageReport {
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
  };
}

/** Answers the popup: the page report, and "show me mention n of this entity". Stops answering when `signal` aborts. */
export function initPageReport(signal: AbortSignal, session: AnnotationSession, index: EntityLookup): void {
  const removers = [
    onMessage('popup:get-page-report', () => pageReport(session, index)),
    onMessage('popup:show-mention', ({ data }) => {
      const annotator = session.annotator();
      if (!annotator || typeof data?.entityId !== 'string' || !Number.isFinite(data.index)) return null;
      return annotator.showMention(data.entityId, data.index);
    }),
  ];
  signal.addEventListener('abort', () => removers.forEach((remove) => remove()));
  initToolbarSummary(signal, session, () => pageReport(session, index));
}
