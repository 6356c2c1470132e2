// @vitest-environment happy-dom
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { serializeInSlices } from '@/utils/learn/serialize-page';
import { pathOf, elementAt } from '@/utils/learn/story-root';

const never = () => false;
const noPause = async () => undefined;

function page(): Document {
  const doc = new DOMParser().parseFromString(
    '<html><head><title>Bridge opens</title></head><body><nav><a href="/">Home</a></nav><script>window.secret = "x < y";</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge"}</script>' +
      '<style>.a { color: red }</style><noscript><img src="pixel.gif"></noscript>' +
      '<article><h1>Bridge opens</h1><p>Fish &amp; chips &lt;3 at the\u00a0bridge.</p><!-- note --></article></body></html>',
    'text/html',
  );
  for (let i = 0; i < 500; i++) doc.body.append(doc.createElement('span'));
  return doc;
}

describe('serializeInSlices', () => {
  it('writes the page without script, style and noscript contents, keeping JSON-LD, text and every element', async () => {
    const doc = page();
    const html = (await serializeInSlices(doc, never, noPause))!;
    expect(html).not.toContain('window.secret');
    expect(html).not.toContain('color: red');
    expect(html).not.toContain('pixel.gif');
    expect(html).toContain('"@type":"NewsArticle"');
    const copy = parseHTML(html).document as unknown as Document;
    expect(copy.querySelector('article p')!.textContent).toBe('Fish & chips <3 at the\u00a0bridge.');
    // Positions are the page's: the story's path finds the same element in the copy.
    const path = pathOf(doc.querySelector('article')!)!;
    expect(elementAt(copy, path)?.querySelector('h1')?.textContent).toBe('Bridge opens');
    // Every element but what a parser without scripting would find inside <noscript> (a browser keeps that as text).
    const inNoscript = doc.querySelectorAll('noscript *').length;
    expect(copy.querySelectorAll('*').length).toBe(doc.querySelectorAll('*').length - inNoscript);
  });

  it('leaves out what a page’s scripts put in its head that a parser would move into the body', async () => {
    const doc = page();
    // A tracking pixel and a frame added to the head: parsing them closes the head and starts the body early.
    doc.head.append(doc.createElement('img'), doc.createElement('iframe'), doc.createElement('div'));
    const meta = doc.createElement('meta');
    meta.setAttribute('name', 'author');
    meta.setAttribute('content', 'Ada Quill');
    doc.head.append(meta);
    const html = (await serializeInSlices(doc, never, noPause))!;
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    expect(head).toContain('<title>Bridge opens</title>');
    expect(head).toContain('content="Ada Quill"');
    expect(head).not.toMatch(/<(img|iframe|div)\b/);
    const copy = parseHTML(html).document as unknown as Document;
    expect(elementAt(copy, pathOf(doc.querySelector('article')!)!)?.localName).toBe('article');
  });

  it('pauses between slices and gives up on a page over the limit', async () => {
    let pauses = 0;
    let calls = 0;
    const html = await serializeInSlices(
      page(),
      () => ++calls % 50 === 0,
      async () => void pauses++,
    );
    expect(html).toBeTruthy();
    expect(pauses).toBeGreaterThan(0);
    expect(await serializeInSlices(page(), never, noPause, { max: 100 })).toBeNull();
  });

  it('with the story known, writes the branches beside it empty, keeping positions, the head and JSON-LD', async () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><title>Ferry late</title><meta name="author" content="Ada Quill"></head><body>' +
        '<header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>' +
        '<main><aside><p>Most read: Tram strike</p><script type="application/ld+json">{"@type":"NewsArticle"}</script></aside>' +
        '<article><h1>Ferry late</h1><p>The Harbour Board said so.</p></article>' +
        '<section class="comments"><p>First!</p></section></main><footer>Contact us</footer></body></html>',
      'text/html',
    );
    const story = doc.querySelector('article')!;
    const html = (await serializeInSlices(doc, never, noPause, { story: [story] }))!;
    for (const gone of ['Home', 'Most read', 'First!', 'Contact us']) expect(html).not.toContain(gone);
    for (const kept of ['Ferry late', 'Ada Quill', 'The Harbour Board said so.', '"@type":"NewsArticle"'])
      expect(html).toContain(kept);
    const copy = parseHTML(html).document as unknown as Document;
    // The story's path and its neighbours' positions are the page's.
    expect(elementAt(copy, pathOf(story)!)?.querySelector('p')?.textContent).toBe('The Harbour Board said so.');
    expect(elementAt(copy, pathOf(doc.querySelector('footer')!)!)?.localName).toBe('footer');
  });
});
