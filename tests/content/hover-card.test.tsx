// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { initHoverCard } from '@/entrypoints/card-chunk/hover-card';
import { sampleIndex } from '../components/sample-dictionary';

/** Card details as a page without a learned layer reads them: from the same index. */
const sampleCard = async (id: string) => (sampleIndex().entity(id) ? sampleIndex() : undefined);

function page(): HTMLElement[] {
  document.body.replaceChildren();
  const p = document.createElement('p');
  const names = ['Lovelace', 'Babbage'].map((text, i) => {
    const mark = document.createElement('mark');
    mark.setAttribute('data-backstory-entity', i === 0 ? 'ada' : 'babbage');
    mark.textContent = text;
    return mark;
  });
  p.append('Yesterday ', names[0]!, ' met ', names[1]!, '.');
  document.body.append(p);
  return names;
}

const pointer = (type: string, target: Element, related: Element | null = null) =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse', relatedTarget: related }));

/** Lets the shadow root mount and Preact render. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(0);
};

describe('hover card in the page', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    vi.useFakeTimers();
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => {
    ctx.abort();
    vi.useRealTimers();
  });

  const card = () => document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]');

  it('opens after the dwell next to the hovered name, in a <backstory-card> shadow root', async () => {
    const [ada] = page();
    initHoverCard(ctx, { index: sampleIndex, card: sampleCard, cardDelay: () => 400 });
    pointer('pointerover', ada!);
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(card()).toBeFalsy();
    await vi.advanceTimersByTimeAsync(100);
    await settle();
    const dialog = card()!;
    expect(dialog.querySelector('h2')!.textContent).toBe('Ada Lovelace');
    expect(dialog.textContent).toContain('Highlighted because the page says “Lovelace”');
    expect(dialog.querySelectorAll('blockquote').length).toBeGreaterThan(0);
    // The same corrections as the popup card.
    expect(dialog.querySelector('details.bs-correct summary')!.textContent).toBe('Correct this name');
  });

  it('opens on focus, announces the name, and closes on Escape', async () => {
    const [, babbage] = page();
    initHoverCard(ctx, { index: sampleIndex, card: sampleCard, cardDelay: () => 400 });
    babbage!.tabIndex = -1;
    babbage!.focus();
    await settle();
    expect(card()!.querySelector('h2')!.textContent).toBe('Charles Babbage');
    const status = document.querySelector('backstory-card')!.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('Charles Babbage: Designer of the Difference Engine.');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(card()).toBeFalsy();
  });

  it('ignores marks for unknown entities and removes itself when the context ends', async () => {
    const [ada] = page();
    ada!.setAttribute('data-backstory-entity', 'nobody');
    initHoverCard(ctx, { index: sampleIndex, card: sampleCard, cardDelay: () => 0 });
    pointer('pointerover', ada!);
    await settle();
    expect(card()).toBeFalsy();
    ada!.setAttribute('data-backstory-entity', 'ada');
    pointer('pointerout', ada!, document.body);
    pointer('pointerover', ada!);
    await settle();
    expect(card()).toBeTruthy();
    ctx.abort();
    await settle();
    expect(document.querySelector('backstory-card')).toBeNull();
  });

  it('takes up the hover that loaded it, counting the dwell from when the pointer arrived', async () => {
    const [ada] = page();
    const first = { via: 'pointer' as const, mark: ada!, at: performance.now(), stillThere: () => true };
    await vi.advanceTimersByTimeAsync(300);
    initHoverCard(ctx, { index: sampleIndex, card: sampleCard, cardDelay: () => 400, first });
    await vi.advanceTimersByTimeAsync(50);
    await settle();
    expect(card()).toBeFalsy();
    await vi.advanceTimersByTimeAsync(50);
    await settle();
    expect(card()!.querySelector('h2')!.textContent).toBe('Ada Lovelace');
  });

  it('ignores the first hover when the pointer left while it loaded', async () => {
    const [ada] = page();
    const first = { via: 'pointer' as const, mark: ada!, at: performance.now(), stillThere: () => false };
    initHoverCard(ctx, { index: sampleIndex, card: sampleCard, cardDelay: () => 0, first });
    await settle();
    expect(card()).toBeFalsy();
  });
});
