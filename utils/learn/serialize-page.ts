// The page's HTML for reading along, written a slice at a time so the page never waits on one long task. Script and
// style contents are left out (the story is never in them; JSON-LD metadata is kept), and so are <noscript> contents,
// which a parser without scripting would read as markup, and drawings and media. The emptied elements themselves
// stay, so every other element keeps its position: positions in the copy are the page's. Where the page's story is
// known, the body's other branches are written empty too (JSON-LD in them kept), so reading along neither writes out nor
// parses the menus, rails and comments around it.

/** Elements written without their contents (drawings are never the story and their paths are long). */
const EMPTIED = new Set(['script', 'style', 'noscript', 'svg', 'canvas', 'video', 'audio', 'iframe']);
/**
 * The elements a parser keeps in the head. A page's scripts may put others there (a tracking pixel, a frame, a div); a
 * parser meeting one closes the head and moves it and everything after it into the body, which would shift every
 * path in the body of the copy, so they are left out of it.
 */
const HEAD_ELEMENTS = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);
/** Elements in a subtree above which it is written piece by piece, each piece a short task. */
const WHOLE_BELOW = 2_000;
/** Characters of HTML past which the page is not handed over at all. */
export const MAX_HANDOVER_HTML = 5_000_000;

const escapeText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');

/** `el`'s start tag and end tag ('' for void elements), from a shallow copy. */
function tags(el: Element): [string, string] {
  const shell = el.cloneNode(false) as Element;
  const html = shell.outerHTML;
  const close = `</${shell.localName}>`;
  return html.endsWith(close) ? [html.slice(0, -close.length), close] : [html, ''];
}

const JSON_LD = 'script[type="application/ld+json" i]';

/** Whether `el` is written with what is in it: anything but what is left out, and JSON-LD scripts among those. */
const keepsContent = (el: Element) => !EMPTIED.has(el.localName) || el.matches(JSON_LD);

/**
 * Which elements are off the story whose roots are `story`: the branches beside the path down to each root, but the
 * head. Only the path's elements are asked (the writer never goes into an element it writes empty); they are added to
 * `split`, as they must be written piece by piece.
 */
function offStory(story: Element[], split: Set<Element>): (el: Element) => boolean {
  const above = new Set<Element>();
  for (const root of story) for (let up = root.parentElement; up; up = up.parentElement) above.add(up);
  for (const el of above) split.add(el);
  return (el) =>
    el.localName !== 'head' &&
    !!el.parentElement &&
    above.has(el.parentElement) &&
    !above.has(el) &&
    !story.includes(el);
}

/** `el` written empty but for the JSON-LD in it (publisher, dates, authors). */
function emptied(el: Element): string {
  const [start, end] = tags(el);
  return start + [...el.querySelectorAll(JSON_LD)].map((d) => d.outerHTML).join('') + end;
}

/**
 * `doc` as HTML, written in slices: `expired()` says the current slice is spent, `pause()` gives the page its turn.
 * With `story` (the story's root elements), only the head and the story are written in full. Resolves to null when the
 * page is over `max` characters (it is not read along then).
 */
export async function serializeInSlices(
  doc: Document,
  expired: () => boolean,
  pause: () => Promise<void>,
  { max = MAX_HANDOVER_HTML, story }: { max?: number; story?: Element[] | null } = {},
): Promise<string | null> {
  const parts: string[] = ['<!DOCTYPE html>'];
  let length = 0;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  // One look at the page for what is left out; only their ancestors are written piece by piece, every other element
  // in one piece by the browser's own serializer.
  const holders = new Set<Element>();
  for (const left of doc.querySelectorAll([...EMPTIED].join(','))) {
    if (keepsContent(left)) continue;
    for (let up = left.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  // The head is written piece by piece, so what a parser would move out of it can be left out.
  if (doc.head) holders.add(doc.head);
  const off = story?.length ? offStory(story, holders) : () => false;
  // A stack of what is left to write: nodes, or end tags waiting for their element's children.
  const stack: (Node | string)[] = [doc.documentElement];
  while (stack.length) {
    if (length > max) return null;
    if (expired()) await pause();
    const item = stack.pop()!;
    if (typeof item === 'string') {
      push(item);
      continue;
    }
    if (item.nodeType === 3) push(escapeText((item as Text).data));
    else if (item.nodeType === 8) push(`<!--${(item as Comment).data}-->`);
    else if (item.nodeType === 1) {
      const el = item as Element;
      if (el.parentElement === doc.head && !HEAD_ELEMENTS.has(el.localName)) continue;
      if (!keepsContent(el)) {
        push(tags(el).join(''));
        continue;
      }
      if (off(el)) {
        push(emptied(el));
        continue;
      }
      // In one piece when nothing in it is left out, and it is small enough for one short task.
      if (el.localName === 'template' || (!holders.has(el) && el.getElementsByTagName('*').length < WHOLE_BELOW)) {
        push(el.outerHTML);
        continue;
      }
      const [start, end] = tags(el);
      push(start);
      if (end) stack.push(end);
      for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return parts.join('');
}
