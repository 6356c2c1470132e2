// Functions in this file run inside the page (passed to Playwright's or Puppeteer's `evaluate`), so each one is
// self-contained: no imports, no helpers from outside its own body.
import type { EntityForms } from './dictionary-forms';

/** A name form that occurs on the page, with the entities it may stand for. */
export interface ExpectedForm {
  form: string;
  ids: string[];
}

export interface MarkAudit {
  total: number;
  /** Entity ids in order of first mark. */
  order: string[];
  /** Marks per entity id. */
  counts: Record<string, number>;
  /** Marks whose text is none of their entity's forms, or whose entity is unknown. */
  wrongText: { id: string; text: string }[];
  /** Marks inside a mark, or inside regions that must stay untouched. */
  misplaced: string[];
}

/**
 * Which names a correct highlighter must mark on the page: whole-word, case-sensitive occurrences of every form in
 * the visible text outside the regions that stay untouched (code, forms and buttons, non-text content), keeping the leftmost-longest match where forms overlap. Text already
 * split by marks is joined back first, so this can run after annotation.
 */
export function expectedForms(entities: EntityForms[]): ExpectedForm[] {
  const SKIP =
    'script,style,noscript,template,textarea,input,select,option,button,code,pre,kbd,samp,svg,math,' +
    '[contenteditable]:not([contenteditable="false"]),backstory-card,[data-backstory-ui]';
  const isMark = (n: Node) => n instanceof HTMLElement && n.hasAttribute('data-backstory-entity');
  const clean = (s: string) => s.replace(/\u00ad/g, '').replace(/[\s\u00a0]+/g, ' ');
  const runs: string[] = [];
  const visit = (el: Element) => {
    if (el.matches(SKIP) || (el instanceof HTMLElement && !el.checkVisibility())) return;
    let run = '';
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE || isMark(child)) run += child.textContent ?? '';
      else {
        if (run) runs.push(clean(run));
        run = '';
        if (child instanceof Element) visit(child);
      }
    }
    if (run) runs.push(clean(run));
  };
  visit(document.body);
  const byForm = new Map<string, string[]>();
  for (const e of entities)
    for (const form of e.forms) byForm.set(clean(form), [...(byForm.get(clean(form)) ?? []), e.id]);
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  const found = new Map<string, string[]>();
  for (const text of runs) {
    const hits: { start: number; end: number; form: string }[] = [];
    for (const form of byForm.keys()) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (wordChar.test(text[at - 1] ?? '') || wordChar.test(text[end] ?? '')) continue;
        hits.push({ start: at, end, form });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = 0;
    for (const hit of hits) {
      if (hit.start < reach) continue;
      reach = hit.end;
      found.set(hit.form, byForm.get(hit.form) ?? []);
    }
  }
  return [...found].map(([form, ids]) => ({ form, ids }));
}

/**
 * Every occurrence a correct highlighter would mark if case told nothing (see `expectedForms`), with the text run it
 * stands in, so the look-alike rule can be applied outside the page: whole-word, case-sensitive occurrences of every form in
 * the visible text outside the regions that stay untouched (code, forms and buttons, non-text content), keeping the leftmost-longest match where forms overlap. Text already
 * split by marks is joined back first, so this can run after annotation.
 */
export function formSpots(entities: EntityForms[]): FormSpots {
  const SKIP =
    'script,style,noscript,template,textarea,input,select,option,button,code,pre,kbd,samp,svg,math,' +
    '[contenteditable]:not([contenteditable="false"]),backstory-card,[data-backstory-ui]';
  const isMark = (n: Node) => n instanceof HTMLElement && n.hasAttribute('data-backstory-entity');
  const clean = (s: string) => s.replace(/\u00ad/g, '').replace(/[\s\u00a0]+/g, ' ');
  const runs: string[] = [];
  const visit = (el: Element) => {
    if (el.matches(SKIP) || (el instanceof HTMLElement && !el.checkVisibility())) return;
    let run = '';
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE || isMark(child)) run += child.textContent ?? '';
      else {
        if (run) runs.push(clean(run));
        run = '';
        if (child instanceof Element) visit(child);
      }
    }
    if (run) runs.push(clean(run));
  };
  visit(document.body);
  const byForm = new Map<string, string[]>();
  for (const e of entities)
    for (const form of e.forms) byForm.set(clean(form), [...(byForm.get(clean(form)) ?? []), e.id]);
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  const spots: FormSpots = { runs: [], spots: [] };
  for (const text of runs) {
    const hits: { start: number; end: number; form: string }[] = [];
    for (const form of byForm.keys()) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (wordChar.test(text[at - 1] ?? '') || wordChar.test(text[end] ?? '')) continue;
        hits.push({ start: at, end, form });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = 0;
    for (const hit of hits) {
      if (hit.start < reach) continue;
      reach = hit.end;
      if (spots.runs[spots.runs.length - 1] !== text) spots.runs.push(text);
      spots.spots.push({ ...hit, ids: [...(byForm.get(hit.form) ?? [])], run: spots.runs.length - 1 });
    }
  }
  return spots;
}

/** Name-form occurrences on a page: the text runs they stand in, and each occurrence's place in its run. */
export interface FormSpots {
  runs: string[];
  spots: { run: number; start: number; end: number; form: string; ids: string[] }[];
}

/**
 * Runs in Node, not in the page: the names that must be marked, given the page's occurrences and the matcher's own
 * look-alike predicate (a known short name inside a longer capitalised name, left alone), and the look-alike spots
 * with a little context.
 */
export function expectedBesideLookAlikes(
  found: FormSpots,
  isLookAlike: (text: string, start: number, end: number, alias: string) => boolean,
): { expected: ExpectedForm[]; lookAlikes: string[] } {
  const expected = new Map<string, string[]>();
  const lookAlikes: string[] = [];
  for (const spot of found.spots) {
    const text = found.runs[spot.run]!;
    if (isLookAlike(text, spot.start, spot.end, spot.form))
      lookAlikes.push(text.slice(Math.max(0, spot.start - 20), spot.end + 20).trim());
    else expected.set(spot.form, spot.ids);
  }
  return { expected: [...expected].map(([form, ids]) => ({ form, ids })), lookAlikes };
}

/** Every mark on the page, checked against the dictionary: right text for its entity, in a place it may be. */
export function auditMarks(entities: EntityForms[]): MarkAudit {
  const SKIP =
    'script,style,noscript,template,textarea,input,select,option,button,code,pre,kbd,samp,svg,math,' +
    '[contenteditable]:not([contenteditable="false"]),[data-backstory-ui]';
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/\u00ad/g, '')
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/['’]s?$/u, '')
      .trim()
      .toLocaleLowerCase();
  const forms = new Map(entities.map((e) => [e.id, new Set(e.forms.map(fold))]));
  const marks = [...document.querySelectorAll<HTMLElement>('[data-backstory-entity]')];
  const audit: MarkAudit = { total: marks.length, order: [], counts: {}, wrongText: [], misplaced: [] };
  for (const mark of marks) {
    const id = mark.getAttribute('data-backstory-entity') ?? '';
    if (!(id in audit.counts)) audit.order.push(id);
    audit.counts[id] = (audit.counts[id] ?? 0) + 1;
    const text = mark.textContent ?? '';
    // A middle initial after the first name belongs to the mark ("Donald J. Trump" for Donald Trump).
    const withoutInitial = text.replace(/^(\S+) \p{Lu}\. /u, '$1 ');
    if (!forms.get(id)?.has(fold(text)) && !forms.get(id)?.has(fold(withoutInitial)))
      audit.wrongText.push({ id, text });
    const host = mark.parentElement?.closest(`[data-backstory-entity],${SKIP}`);
    if (host) audit.misplaced.push(`${id} "${text}" inside <${host.tagName.toLowerCase()}>`);
  }
  return audit;
}

/**
 * The page's text as the reader sees it in the live DOM, against the same page parsed fresh from the server:
 * annotation must not add, remove or change a single character. Script-like elements are left out on both sides
 * (a parser without scripting reads `noscript` differently) and so is Backstory's own card host.
 */
export async function textAgainstSource(): Promise<{ live: string; source: string }> {
  const LEAVE_OUT = 'script,style,noscript,template,backstory-card';
  const textOf = (root: Node) => {
    const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!node.parentElement?.closest(LEAVE_OUT)) text += node.nodeValue;
    return text;
  };
  const html = await (await fetch(location.href, { cache: 'no-store' })).text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return { live: textOf(document.body), source: textOf(parsed.body) };
}

/**
 * Up to `max` marks inside links that a reader could click: visible, and once scrolled into view not covered by the
 * page's own layout at their centre. A mark covered by Backstory's own UI is returned too, flagged, so it fails.
 */
export function marksInLinks(max: number): { index: number; href: string; coveredByBackstory: boolean }[] {
  const marks = [...document.querySelectorAll<HTMLElement>('a[href] [data-backstory-entity]')];
  const found: { index: number; href: string; coveredByBackstory: boolean }[] = [];
  for (const [index, mark] of marks.entries()) {
    if (found.length >= max) break;
    const link = mark.closest('a')!;
    if (!mark.checkVisibility() || mark.getClientRects().length === 0) continue;
    mark.scrollIntoView({ block: 'center', inline: 'center' });
    const box = mark.getClientRects()[0]!;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const coveredByBackstory = !!hit?.closest('backstory-card,[data-backstory-ui]');
    if (coveredByBackstory || hit?.closest('a') === link) found.push({ index, href: link.href, coveredByBackstory });
  }
  return found;
}

/**
 * Scrolls the n-th mark inside a link into view and arms a one-shot click listener on the window, in the bubbling
 * phase, that records which link the click reached and whether anything cancelled it on the way, then cancels the
 * navigation itself; returns the point to click.
 */
export function armLinkProbe(index: number): { x: number; y: number } {
  const mark = document.querySelectorAll<HTMLElement>('a[href] [data-backstory-entity]')[index];
  if (!mark) throw new Error(`no mark in a link at ${index}`);
  mark.scrollIntoView({ block: 'center', inline: 'center' });
  const probe = window as unknown as { backstoryProbe?: string };
  probe.backstoryProbe = '';
  window.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a');
      probe.backstoryProbe = `${link?.href ?? '(no link)'}${event.defaultPrevented ? ' (cancelled)' : ''}`;
      event.preventDefault();
    },
    { once: true },
  );
  const box = mark.getClientRects()[0]!;
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** What the last armed click reached: the link's href (marked when cancelled), '(no link)', or '' when none came. */
export function readLinkProbe(): string {
  return (window as unknown as { backstoryProbe?: string }).backstoryProbe ?? '';
}
