import { compileMatcher } from '@/utils/matcher';
import { createAnnotator, type AnnotatorOptions } from '@/utils/annotate';

/** Serialises a subtree with every text node boundary visible, so merges and splits show up in comparisons. */
export function serialize(node: Node): string {
  if (node.nodeType === 3) return `«${(node as Text).data}»`;
  if (node.nodeType === 8) return `<!--${(node as Comment).data}-->`;
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
  const kids = [...el.childNodes].map(serialize).join('');
  const inner = el.localName === 'template' ? serialize((el as HTMLTemplateElement).content) : '';
  return `<${el.localName}${attrs}>${inner}${kids}</${el.localName}>`;
}

/** Builds the page body from trusted test markup. */
export function setPage(markup: string): void {
  stopAll();
  document.head.replaceChildren();
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

/** Snapshot of every region marked data-must-stay. */
export function mustStay(): string[] {
  return [...document.querySelectorAll('[data-must-stay]')].map(serialize);
}

/** The marks on the page as [text, entity id] pairs, in page order. */
export function markedTexts(): [string, string][] {
  return [...document.querySelectorAll('mark[data-backstory-entity]')].map((m) => [
    m.textContent ?? '',
    m.getAttribute('data-backstory-entity') ?? '',
  ]);
}

const live: { stop(): void }[] = [];

/** Stops every annotator the tests started, so none of them keeps watching the next test's page. */
export function stopAll(): void {
  for (const a of live.splice(0)) a.stop();
}

/** Annotates the current page with `aliases` ([entity id, alias] pairs) and waits until it is done. */
export async function annotate(aliases: [string, string][], options: Partial<AnnotatorOptions> = {}) {
  const matcher = compileMatcher(aliases.map(([key, alias]) => ({ key, alias })));
  const annotator = createAnnotator(document, { matcher, ...options });
  live.push(annotator);
  await annotator.whenIdle();
  return annotator;
}
