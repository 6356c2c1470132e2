// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isSiteLandmark } from '@/utils/page/landmarks';
import { annotate, markedTexts, mustStay, setPage } from '../annotate/helpers';

const NAMES: [string, string][] = [['iran', 'Iran']];

describe('landmarks of the site, left alone on pages that are not articles', () => {
  it('tells the site’s menus, header, footer and sidebars from the content', () => {
    setPage(`
      <header id="site">Site</header>
      <nav id="nav">Menu</nav>
      <div role="navigation" id="navbox">Links</div>
      <main><header id="own">Headline</header><p id="text">Text</p><footer id="credits">Photo</footer></main>
      <aside id="rail">Most read</aside>
      <footer id="foot">Footer</footer>`);
    const landmark = (id: string) => isSiteLandmark(document.getElementById(id)!);
    expect(['site', 'nav', 'navbox', 'rail', 'foot'].map(landmark)).toEqual([true, true, true, true, true]);
    expect(['own', 'text', 'credits'].map(landmark)).toEqual([false, false, false]);
  });

  it('keeps marks out of them and in the content', async () => {
    setPage(`
      <nav data-must-stay><a href="#">Iran</a></nav>
      <div role="navigation" data-must-stay><p>Iran and more</p></div>
      <p>Iran in the text.</p>
      <footer data-must-stay>About Iran</footer>`);
    const stay = mustStay();
    await annotate(NAMES, { held: isSiteLandmark });
    expect(markedTexts()).toEqual([['Iran', 'iran']]);
    expect(mustStay()).toEqual(stay);
  });
});
