import { ENTITY_ATTR } from '../annotate/constants';
import type { PageReport } from '../messaging';
import type { StoryFrame } from './story-frame';

/**
 * `report` with each entity's mentions split: `count` those in the story, `around` those outside it (menus, rails,
 * footers), for a reader who has the whole page of an article marked.
 */
export function countAround(report: PageReport, marks: readonly Element[], frame: StoryFrame): PageReport {
  const around = new Map<string, number>();
  for (const mark of marks) {
    const id = mark.getAttribute(ENTITY_ATTR);
    if (id !== null && !frame.holds(mark)) around.set(id, (around.get(id) ?? 0) + 1);
  }
  const entities = report.entities.map((entity) => {
    const out = Math.min(around.get(entity.id) ?? 0, entity.count);
    return out ? { ...entity, count: entity.count - out, around: out } : entity;
  });
  return { ...report, entities };
}
