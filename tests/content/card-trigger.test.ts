// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initCardTrigger, type CardFeatures, type FirstUse } from '@/entrypoints/content/card-trigger';

function page(): HTMLElement[] {
  document.body.replaceChildren();
  const marks = ['ada', 'nobody'].map((id) => {
    const mark = document.createElement('mark');
    mark.setAttribute('data-backstory-entity', id);
    mark.textContent = id;
    return mark;
  });
  const p = document.createElement('p');
  p.append('Met ', marks[0]!, ' and ', marks[1]!, '.');
  document.body.append(p);
  return marks;
}

const pointer = (type: string, target: Element, related: Element | null = null) =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse', relatedTarget: related }));
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('loading the card on first use', () => {
  let controller: AbortController;
  let loads: (FirstUse | undefined)[];
  let fail: boolean;
  const features: CardFeatures = { moveFocus: vi.fn(), pageHtml: () => ({ url: location.href, html: '' }) };
  const load = async (first: FirstUse | undefined) => {
    loads.push(first);
    if (fail) throw new Error('could not load');
    return features;
  };
  beforeEach(() => {
    controller = new AbortController();
    loads = [];
    fail = false;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => controller.abort());

  it('loads nothing until a name with a card is hovered, then once, with that hover', async () => {
    const [ada, nobody] = page();
    initCardTrigger(controller.signal, (id) => id === 'ada', load);
    pointer('pointerover', nobody!);
    pointer('pointerover', document.body);
    expect(loads).toEqual([]);
    pointer('pointerover', ada!);
    pointer('pointerover', ada!);
    await flush();
    expect(loads).toHaveLength(1);
    expect(loads[0]).toMatchObject({ via: 'pointer', mark: ada });
  });

  it('loads on focus of a name too, and tries again after a failed load', async () => {
    const [ada] = page();
    fail = true;
    initCardTrigger(controller.signal, (id) => id === 'ada', load);
    ada!.tabIndex = -1;
    ada!.focus();
    await flush();
    expect(loads).toHaveLength(1);
    expect(loads[0]).toMatchObject({ via: 'focus', mark: ada });
    expect(loads[0]!.stillThere()).toBe(true);
    ada!.blur();
    expect(loads[0]!.stillThere()).toBe(false);
    fail = false;
    pointer('pointerover', ada!);
    await flush();
    expect(loads).toHaveLength(2);
    pointer('pointerover', ada!);
    await flush();
    expect(loads).toHaveLength(2);
  });

  it('stops listening when the page context ends', async () => {
    const [ada] = page();
    initCardTrigger(controller.signal, (id) => id === 'ada', load);
    controller.abort();
    pointer('pointerover', ada!);
    await flush();
    expect(loads).toEqual([]);
  });
});
