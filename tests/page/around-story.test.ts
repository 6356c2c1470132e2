// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countAround } from '@/utils/page/around-story';
import type { StoryFrame } from '@/utils/page/story-frame';
import type { PageReport } from '@/utils/messaging';

const mark = (id: string, inStory: boolean) => {
  const el = document.createElement('mark');
  el.setAttribute('data-backstory-entity', id);
  el.dataset.inStory = String(inStory);
  return el;
};
const frame: StoryFrame = { leaves: () => false, holds: (node) => (node as HTMLElement).dataset.inStory === 'true' };

describe('countAround', () => {
  it('splits each entity’s mentions into the story’s and those around it', () => {
    const report: PageReport = {
      status: 'done',
      url: 'https://example.com/a',
      entities: [
        { id: 'a', name: 'A', type: 'person', count: 3 },
        { id: 'b', name: 'B', type: 'place', count: 1 },
        { id: 'c', name: 'C', type: 'place', count: 2 },
      ],
    };
    const marks = [mark('a', true), mark('a', false), mark('b', true), mark('a', false), mark('c', false)];
    marks.push(mark('c', false));
    expect(countAround(report, marks, frame).entities).toEqual([
      { id: 'a', name: 'A', type: 'person', count: 1, around: 2 },
      { id: 'b', name: 'B', type: 'place', count: 1 },
      { id: 'c', name: 'C', type: 'place', count: 0, around: 2 },
    ]);
  });
});
