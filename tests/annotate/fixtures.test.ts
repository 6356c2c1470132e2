// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { annotate, markedTexts, mustStay, serialize, setPage } from './helpers';

const NAMES: [string, string][] = [
  ['iran', 'Iran'],
  ['wa', 'Washington'],
  ['wp', 'Washington Post'],
  ['biden', 'Joe Biden'],
  ['biden', 'Biden'],
  ['trump', 'Trump'],
  ['us', 'US'],
  ['melenchon', 'Jean-Luc Mélenchon'],
];

afterEach(() => setPage(''));

/** Annotates, then checks the expected marks, the untouched regions, the text, and that stop() restores the DOM. */
async function check(markup: string, expected: [string, string][], aliases = NAMES) {
  setPage(markup);
  const page = serialize(document.body);
  const text = document.body.textContent;
  const stay = mustStay();
  const annotator = await annotate(aliases);
  expect(markedTexts()).toEqual(expected);
  expect(mustStay()).toEqual(stay);
  expect(document.body.textContent).toBe(text);
  annotator.stop();
  expect(serialize(document.body)).toBe(page);
}

describe('fixture pages', () => {
  it('marks whole names in running text, longest first, and keeps links intact', async () => {
    await check(
      '<p>The <a href="/wp">Washington Post</a> says Iranian officials in Iran met Joe Biden in Washington.</p>',
      [
        ['Washington Post', 'wp'],
        ['Iran', 'iran'],
        ['Joe Biden', 'biden'],
        ['Washington', 'wa'],
      ],
    );
    setPage('<p><a href="/wp">Washington Post</a></p>');
    await annotate(NAMES);
    expect(document.querySelector('a mark')?.parentElement?.getAttribute('href')).toBe('/wp');
  });

  it('leaves common words and wrong case alone', async () => {
    await check('<p data-must-stay>a trump card for us, the washington post</p><p>Trump and the US</p>', [
      ['Trump', 'trump'],
      ['US', 'us'],
    ]);
  });

  it('handles all-caps headlines', async () => {
    await check('<h1>BIDEN TALKS TO IRAN</h1><p data-must-stay>BIDEN was here, says the text.</p>', [
      ['BIDEN', 'biden'],
      ['IRAN', 'iran'],
    ]);
  });

  it('handles possessives, no-break spaces, soft hyphens, line breaks and diacritics', async () => {
    await check("<p>Iran’s and Iran's; Joe\u00a0Biden; Wash\u00adington Post; Joe\n  Biden; Jean-Luc Melenchon.</p>", [
      ['Iran', 'iran'],
      ['Iran', 'iran'],
      ['Joe\u00a0Biden', 'biden'],
      ['Wash\u00adington Post', 'wp'],
      ['Joe\n  Biden', 'biden'],
      ['Jean-Luc Melenchon', 'melenchon'],
    ]);
  });

  it('never touches code, forms, scripts, editable regions, SVG, MathML or Backstory’s own UI', async () => {
    await check(
      `<div data-must-stay><script>var x = "Iran";</script><style>.Iran{}</style><noscript>Iran</noscript>
       <template><p>Iran</p></template><textarea>Iran</textarea><input value="Iran"><select><option>Iran</option></select>
       <div contenteditable="true"><p>Iran</p></div><div contenteditable><b>Iran</b></div><code>Iran</code><pre>Iran</pre>
       <svg><text>Iran</text></svg><math><mi>Iran</mi></math><backstory-card><p>Iran</p></backstory-card>
       <div data-backstory-ui><p>Iran</p></div><button>Iran</button></div>
       <p contenteditable="false">Iran</p>`,
      [['Iran', 'iran']],
    );
  });

  it('does not mark text it has already marked', async () => {
    await check('<p data-must-stay><mark data-backstory-entity="x">Iran</mark></p><p>Iran</p>', [
      ['Iran', 'x'],
      ['Iran', 'iran'],
    ]);
  });

  it('reads words across inline elements but not across blocks', async () => {
    await check('<p data-must-stay>Iran<b>ian</b> and Wash<i>ing</i></p><ul><li>Iran</li><li>Biden</li></ul>', [
      ['Iran', 'iran'],
      ['Biden', 'biden'],
    ]);
  });

  it('marks a name split across inline elements as one mention in pieces', async () => {
    await check('<p>We met <a href="/b">Joe</a> <b>Biden</b>, then <i>Wash</i>ington.</p><p>Joe</p><p>Biden</p>', [
      ['Joe', 'biden'],
      ['Biden', 'biden'],
      ['Wash', 'wa'],
      ['ington', 'wa'],
      ['Biden', 'biden'],
    ]);
    const annotator = await annotate(NAMES);
    const parts = [...document.querySelectorAll('mark[data-backstory-part]')].map((m) => m.textContent);
    expect(parts).toEqual(['Biden', 'ington']);
    expect(annotator.report()).toEqual([
      { id: 'biden', count: 2 },
      { id: 'wa', count: 1 },
    ]);
    annotator.stop();
  });

  it('leaves a known short name alone inside a longer name written across inline elements', async () => {
    await check(
      '<p data-must-stay>The first lady, Melania <b>Trump</b>, spoke about the <a href="/w">Washington</a> State ' +
        'budget in a speech on <i>Tuesday</i>.</p><p>Trump</p>',
      [['Trump', 'trump']],
    );
  });

  it('marks the longer known name when its words sit in different elements', async () => {
    await check('<p>The <em>Washington</em> <strong>Post</strong> reported.</p>', [
      ['Washington', 'wp'],
      ['Post', 'wp'],
    ]);
  });

  it('restores text nodes the page had split itself, and empty ones', async () => {
    setPage('<p id="p"></p>');
    const p = document.getElementById('p')!;
    p.append('The Iran', ' deal with ', '', 'Iran', 'ian', ' and Biden');
    const before = serialize(document.body);
    const annotator = await annotate(NAMES);
    expect(markedTexts()).toEqual([
      ['Iran', 'iran'],
      ['Biden', 'biden'],
    ]);
    annotator.stop();
    expect(serialize(document.body)).toBe(before);
    expect(p.childNodes).toHaveLength(6);
  });
});
