// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '@/utils/matcher';
import { createAnnotator } from '@/utils/annotate';
import { showMention } from '@/utils/annotate/mentions';
import { annotate, markedTexts, serialize, setPage } from './helpers';

const NAMES: [string, string][] = [
  ['iran', 'Iran'],
  ['biden', 'Biden'],
  ['un', 'United Nations'],
];

afterEach(() => setPage(''));

describe('settings', () => {
  it('marks only accepted entities', async () => {
    setPage('<p>Iran, Biden and the United Nations.</p>');
    await annotate(NAMES, { accept: (id) => id !== 'biden' });
    expect(markedTexts().map(([, id]) => id)).toEqual(['iran', 'un']);
  });
  it('marks only the first mention of each entity when asked', async () => {
    setPage('<p>Iran and Biden.</p><p>Biden, Iran, Iran.</p>');
    await annotate(NAMES, { firstMentionOnly: true });
    expect(markedTexts()).toEqual([
      ['Iran', 'iran'],
      ['Biden', 'biden'],
    ]);
  });
  it('adds one stylesheet, restyles it in place and removes it on stop', async () => {
    setPage('<p>Iran</p>');
    const a = await annotate(NAMES, { highlightStyle: 'underline' });
    const sheets = () => document.querySelectorAll('style#backstory-highlight-style');
    expect(sheets()).toHaveLength(1);
    const underline = sheets()[0]!.textContent;
    a.setHighlightStyle('background');
    expect(sheets()).toHaveLength(1);
    expect(sheets()[0]!.textContent).not.toBe(underline);
    expect(sheets()[0]!.textContent).not.toMatch(/font-size|padding:[^0]|line-height:[^i]/);
    a.stop();
    expect(sheets()).toHaveLength(0);
  });
});

describe('report and mentions', () => {
  it('reports entities in order of first mention with counts', async () => {
    setPage('<p>Biden met Iran.</p><p>Iran again, and Biden, and Iran.</p>');
    const a = await annotate(NAMES);
    expect(a.report()).toEqual([
      { id: 'biden', count: 2 },
      { id: 'iran', count: 3 },
    ]);
    expect(a.marks().map((m) => m.textContent)).toEqual(['Biden', 'Iran', 'Iran', 'Biden', 'Iran']);
  });
  it('shows the n-th mention, wrapping around, and flashes it', async () => {
    setPage('<p>Iran, Biden, Iran.</p>');
    const a = await annotate(NAMES);
    expect(showMention(a.marks(), 'iran', 1)).toEqual({ index: 1, total: 2 });
    expect(a.marks()[2]!.hasAttribute('data-backstory-flash')).toBe(true);
    expect(showMention(a.marks(), 'iran', 2)).toEqual({ index: 0, total: 2 });
    expect(showMention(a.marks(), 'iran', -1)).toEqual({ index: 1, total: 2 });
    expect(showMention(a.marks(), 'un', 0)).toBeNull();
  });
});

describe('dynamic pages', () => {
  it('annotates text added later, and text changed in place', async () => {
    setPage('<main><p>Iran</p></main>');
    const a = await annotate(NAMES);
    let changes = 0;
    a.onChange(() => changes++);
    const p = document.createElement('p');
    p.textContent = 'Live: Biden speaks';
    document.querySelector('main')!.append(p);
    const q = document.createElement('p');
    q.textContent = 'nothing yet';
    document.querySelector('main')!.append(q);
    await a.whenIdle();
    q.firstChild!.textContent = 'now the United Nations';
    await a.whenIdle();
    expect(markedTexts()).toEqual([
      ['Iran', 'iran'],
      ['Biden', 'biden'],
      ['United Nations', 'un'],
    ]);
    expect(changes).toBeGreaterThan(0);
    expect(a.report()).toHaveLength(3);
  });
  it('does not react to its own marks', async () => {
    setPage('<p>Iran and Biden</p>');
    const a = await annotate(NAMES);
    const after = serialize(document.body);
    await new Promise((r) => setTimeout(r, 300));
    await a.whenIdle();
    expect(serialize(document.body)).toBe(after);
    expect(a.status).toBe('done');
  });
  it('forgets marks the page removes', async () => {
    setPage('<p id="a">Iran</p><p>Biden</p>');
    const a = await annotate(NAMES);
    document.getElementById('a')!.remove();
    expect(a.report()).toEqual([{ id: 'biden', count: 1 }]);
    a.stop();
    expect(serialize(document.body)).toBe('<body><p>«Biden»</p></body>');
  });
});

describe('lifecycle', () => {
  it('gives up gracefully past its work budget and keeps what it marked', async () => {
    setPage(Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} about Iran.</p>`).join(''));
    const a = await annotate(NAMES, { budget: { chars: 500 }, sliceMs: 0 });
    expect(a.status).toBe('gave-up');
    expect(a.note).toMatch(/stopped after/);
    const marked = a.marks().length;
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(200);
  });
  it('works in many small slices with the same result', async () => {
    const markup = Array.from(
      { length: 300 },
      (_, i) => `<p>${i}: Iran, <b>Biden</b> and the United Nations.</p>`,
    ).join('');
    setPage(markup);
    await annotate(NAMES, { sliceMs: 0 });
    const sliced = serialize(document.body);
    setPage(markup);
    await annotate(NAMES, { sliceMs: 1e9 });
    expect(serialize(document.body)).toBe(sliced);
    expect(markedTexts()).toHaveLength(900);
  });
  it('marks the first names found while the rest of a long page is still being read', async () => {
    setPage(Array.from({ length: 300 }, (_, i) => `<p>${i}: Iran and <b>Biden</b>.</p>`).join(''));
    const matcher = compileMatcher(NAMES.map(([key, alias]) => ({ key, alias })));
    const a = createAnnotator(document, { matcher, sliceMs: 0 });
    const whileScanning: number[] = [];
    a.onChange(() => a.status === 'scanning' && whileScanning.push(a.marks().length));
    await a.whenIdle();
    expect(whileScanning.some((n) => n > 0 && n < 600)).toBe(true);
    expect(a.marks()).toHaveLength(600);
    expect(a.marks().map((m) => m.textContent)).toEqual(Array.from({ length: 300 }, () => ['Iran', 'Biden']).flat());
    a.stop();
  });
  it('undoes the marks made so far when stopped while still marking', async () => {
    setPage(Array.from({ length: 400 }, () => '<p>Iran and Biden</p>').join(''));
    const before = serialize(document.body);
    const matcher = compileMatcher(NAMES.map(([key, alias]) => ({ key, alias })));
    const a = createAnnotator(document, { matcher, sliceMs: 0 });
    while (!document.querySelector('mark')) await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelectorAll('mark').length).toBeLessThan(800);
    a.stop();
    expect(serialize(document.body)).toBe(before);
  });
  it('undoes everything when its signal aborts, even mid-way', async () => {
    setPage(Array.from({ length: 300 }, () => '<p>Iran and Biden</p>').join(''));
    const before = serialize(document.body);
    const controller = new AbortController();
    const matcher = compileMatcher(NAMES.map(([key, alias]) => ({ key, alias })));
    const a = createAnnotator(document, { matcher, sliceMs: 0 }, controller.signal);
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await a.whenIdle();
    expect(a.status).toBe('stopped');
    expect(serialize(document.body)).toBe(before);
    expect(document.getElementById('backstory-highlight-style')).toBeNull();
  });
});
