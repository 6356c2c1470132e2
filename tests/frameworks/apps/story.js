// The story every framework test app renders, and what each step does to it (the steps are listed in
// tests/e2e/helpers/framework-story.ts). The same data and the same steps in every framework, so one test drives them all.

/** The story as first rendered, from the names the dictionary knows. */
export function initialStory(names) {
  const n = (i) => names[i % names.length];
  return {
    route: 'story',
    headline: [n(0), n(1)],
    source: n(2),
    note: true,
    items: [
      { id: 1, text: n(0) },
      { id: 2, text: `${n(1)} later` },
      { id: 3, text: `Not ${n(2)} today` },
    ],
    paragraphs: [
      { id: 1, text: `${n(0)} said the talks with ${n(1)} were useful.` },
      { id: 2, text: `Officials close to ${n(3)} agreed.` },
      { id: 3, text: `${n(4)} did not comment.` },
    ],
    live: [],
  };
}

/** The story after `step`. */
export function nextStory(story, step, names) {
  const n = (i) => names[i % names.length];
  switch (step) {
    case 'text':
      return { ...story, source: `wire services and ${n(3)}` };
    case 'toggle-off':
      return { ...story, note: false };
    case 'toggle-on':
      return { ...story, note: true };
    case 'reorder':
      return { ...story, items: [...story.items].reverse() };
    case 'edit-item':
      return { ...story, items: story.items.map((it) => (it.id === 1 ? { ...it, text: `${n(4)} instead` } : it)) };
    case 'remove':
      return { ...story, paragraphs: story.paragraphs.filter((p) => p.id !== 2) };
    case 'live': {
      const k = story.live.length;
      const more = [0, 1].map((j) => ({ id: k + j + 1, text: `Update ${k + j + 1}: ${n(k + j)} arrived.` }));
      return { ...story, live: [...story.live, ...more] };
    }
    case 'route':
      return { ...story, route: 'other' };
    case 'route-back':
      return { ...story, route: 'story' };
    default:
      throw new Error(`unknown step ${step}`);
  }
}

/** Moves the address the way single-page apps do, for the steps that change the route. */
export function followRoute(step) {
  if (step === 'route') history.pushState({ route: 'other' }, '', '?route=other');
  if (step === 'route-back') history.pushState({ route: 'story' }, '', location.pathname);
}

/**
 * The story as a tree of `h(type, props, ...children)` calls: React, Preact and Vue all take this form (`cls` is
 * the class attribute's name in props). Texts stand next to each other and to elements, so frameworks keep text
 * nodes of their own that they later update, remove and move.
 */
export function view(h, story, names, cls) {
  const c = (name) => ({ [cls]: name });
  if (story.route === 'other')
    return h(
      'article',
      c('other'),
      h('h1', null, 'Elsewhere'),
      h('p', null, names[5 % names.length], ' was seen with ', names[0], '.'),
    );
  return h(
    'article',
    c('story'),
    h('h1', null, story.headline[0], ' and ', story.headline[1], ' meet'),
    h('p', c('credit'), 'Reported by ', story.source),
    h(
      'p',
      c('note'),
      story.note ? `${names[4 % names.length]} spoke first. ` : null,
      'The talks went on',
      h('b', null, '.'),
    ),
    h('ul', null, ...story.items.map((it) => h('li', { key: it.id }, 'Item: ', it.text))),
    ...story.paragraphs.map((p) => h('p', { key: `p${p.id}` }, p.text, h('i', null, ' ¶'))),
    h('ol', c('live'), ...story.live.map((l) => h('li', { key: `l${l.id}` }, l.text))),
  );
}

/** What the page tells its app: the names to print, and whether to render or hydrate (and when). */
export function pageConfig() {
  const names = JSON.parse(document.getElementById('story-names').textContent);
  const mode = document.body.dataset.mode ?? 'render';
  const hydrateAfterMs = Number(document.body.dataset.hydrateAfter ?? 0);
  return { names, mode, hydrateAfterMs };
}
