// @vitest-environment happy-dom
import { sourceLabel } from '@/utils/cards/card-sections';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CorrectionMenu } from '@/components/correction-menu';
import { EmptyState, type EmptyKind } from '@/components/empty-state';
import { EntityCard } from '@/components/entity-card';
import { EntityList } from '@/components/entity-list';
import { HoverCardView } from '@/components/hover-card-view';
import { LearnButton } from '@/components/learn-button';
import { SearchBox } from '@/components/search-box';
import { SiteSwitch } from '@/components/site-switch';
import { SourceCitation } from '@/components/source-citation';
import { DictionarySection, type DictionarySectionProps } from '@/components/options/dictionary-section';
import { GeneralSettings } from '@/components/options/general-settings';
import { OptionsPage } from '@/components/options/options-page';
import { WelcomePage } from '@/components/welcome/welcome-page';
import { defaultSettings } from '@/utils/settings/schema';
import { i18n } from '#i18n';
import { englishCatalogue, messageGetter } from './catalogue';
import { sampleDictionary, sampleIndex } from '../components/sample-dictionary';

// Every message comes back wrapped in ⟦ ⟧ (each plural form on its own), so any words outside the brackets that
// are not the data the component was given must have been written into the component itself.
const OPEN = '⟦';
const CLOSE = '⟧';
const english = messageGetter(await englishCatalogue());
const marked = (name: string, subs?: string | string[]) =>
  english(name, subs)
    .split(' | ')
    .map((form) => `${OPEN}${form}${CLOSE}`)
    .join(' | ');

const noop = () => {};
const DATA_EXTRA = ['news.example', '127.0.0.1', 'Alt+Shift+O', 'notes.txt', 'Harbour report'];

/** Every string the components were handed as data: these may appear outside the catalogue's brackets. */
function dataStrings(): string[] {
  const out: string[] = [...DATA_EXTRA];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(sampleDictionary());
  // Dates are the data's own, written out by the browser's date formatting (not words of the components).
  for (const source of sampleDictionary().sources) if (source.published) out.push(sourceLabel(source));
  return out;
}

/** `text` without its bracketed (catalogue) parts, nested ones included. */
function unbracketed(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, '')];
  return rest;
}

/** Words in `root` (text and labelling attributes) that are neither from the catalogue nor from the data. */
function uncatalogued(root: Element): string[] {
  const data = dataStrings();
  const fromData = (run: string) => data.some((d) => d.includes(run));
  const strays: string[] = [];
  const check = (outside: string) => {
    for (const run of outside.split(/[…—·,;:()\s]{2,}|…/)) {
      const words = run.trim().replace(/^[\s“”"'(),.:;·—-]+|[\s“”"'(),.:;·—-]+$/g, '');
      if (/[A-Za-z]/.test(words) && !fromData(words)) strays.push(words);
    }
  };
  // Text is read in document order with a running bracket depth, since a sentence with elements inside it spans
  // several text nodes.
  let depth = 0;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    let outside = '';
    for (const ch of node.textContent ?? '') {
      if (ch === OPEN) depth++;
      else if (ch === CLOSE) depth--;
      else if (depth === 0) outside += ch;
    }
    check(outside);
  }
  for (const el of root.querySelectorAll('*'))
    for (const attr of ['aria-label', 'placeholder', 'title', 'aria-valuetext', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) check(unbracketed(value));
    }
  return strays;
}

function expectCatalogued(ui: ComponentChildren, act?: (root: Element) => void) {
  const { container } = render(<>{ui}</>);
  act?.(container);
  expect(container.textContent?.length).toBeGreaterThan(0);
  expect(uncatalogued(container)).toEqual([]);
}

describe('every string a component renders comes from the catalogue', () => {
  const real = fakeBrowser.i18n.getMessage;
  beforeAll(() => {
    fakeBrowser.i18n.getMessage = marked as typeof real;
  });
  afterAll(() => {
    fakeBrowser.i18n.getMessage = real;
  });
  afterEach(cleanup);

  it('the check itself finds words written into a component', () => {
    const { container } = render(
      <p>
        {i18n.t('card.facts')} Written here <span title="A tooltip">{'Ada Lovelace'}</span>
      </p>,
    );
    expect(uncatalogued(container)).toEqual(['Written here', 'A tooltip']);
  });

  it('cards: the popup card, the hover card and the correction menu', () => {
    const index = sampleIndex();
    const ada = index.entity('ada')!;
    expectCatalogued(
      <EntityCard
        entity={ada}
        index={index}
        mentionCount={3}
        onShowOnPage={noop}
        showOnPageStatus={marked('popup_mentionOf', ['1', '3'])}
      />,
    );
    expectCatalogued(
      <HoverCardView entity={index.entity('london')!} index={index} matchedText="London" theme="light">
        <CorrectionMenu entity={ada} index={index} onCorrect={async () => {}} />
      </HoverCardView>,
      (root) => {
        root.querySelector('details')!.open = true;
        fireEvent.input(root.querySelector('input[type="search"]')!, { target: { value: 'Bab' } });
      },
    );
    expectCatalogued(<SourceCitation source={undefined} />);
  });

  it('the popup: list, search, empty states, site switch and learning', async () => {
    const index = sampleIndex();
    const entities = sampleDictionary().entities.map((e, i) => ({ ...e, count: i + 1, readBefore: i }));
    expectCatalogued(<EntityList entities={entities} onSelect={noop} />);
    expectCatalogued(<SearchBox index={index} onSelect={noop} />, (root) =>
      fireEvent.input(root.querySelector('input')!, { target: { value: 'Ada' } }),
    );
    expectCatalogued(<SearchBox index={index} onSelect={noop} />, (root) =>
      fireEvent.input(root.querySelector('input')!, { target: { value: 'zzz' } }),
    );
    const kinds: EmptyKind[] = ['restricted', 'loading', 'no-names', 'gave-up', 'off', 'not-article', 'unreachable'];
    for (const kind of kinds) expectCatalogued(<EmptyState kind={kind} />);
    expectCatalogued(<SiteSwitch hostname="news.example" on onChange={noop} />);
    expectCatalogued(<SiteSwitch hostname="news.example" on={false} onChange={noop} />);
    const summary = { added: 2, joined: 1, pending: 1, facts: 4, quotes: 1 };
    const { container } = render(
      <LearnButton onLearn={async () => ({ ok: true, title: 'Harbour report', summary })} />,
    );
    fireEvent.click(container.querySelector('button')!);
    await expect.poll(() => container.querySelector('.bs-learn-status')?.textContent).toMatch(/⟦/);
    expect(uncatalogued(container)).toEqual([]);
  });

  it('the first-run page, with remembering on and off and reading along off', () => {
    for (const remember of [undefined, false, true])
      expectCatalogued(<WelcomePage remember={remember} readAlong={false} onRemember={noop} />);
  });

  it('the options page: every setting, both browsers, and the dictionary section', () => {
    const settings = { ...defaultSettings(), sites: { 'news.example': 'off' as const }, types: [] };
    for (const browser of ['chrome', 'firefox'] as const)
      for (const shortcut of ['Alt+Shift+O', ''])
        expectCatalogued(
          <OptionsPage
            sections={[
              {
                id: 'general',
                label: i18n.t('options.general'),
                content: (
                  <GeneralSettings
                    settings={{ ...settings, highlightStyle: 'none', enabled: browser === 'chrome' }}
                    onChange={noop}
                    onSiteRule={noop}
                    shortcut={shortcut}
                    browser={browser}
                    onOpenShortcuts={noop}
                  />
                ),
              },
              { id: 'dictionary', label: i18n.t('options.dictionary'), content: null },
            ]}
            selected="general"
            onSelect={noop}
            notice={i18n.t('settings.unreadable')}
            saveError={i18n.t('sites.tooMany', [100])}
            onAcknowledge={noop}
          />,
          (root) => {
            fireEvent.input(root.querySelector('.bs-site-add input')!, { target: { value: 'not a site' } });
            fireEvent.submit(root.querySelector('form')!);
          },
        );
    const dictionary: DictionarySectionProps = {
      sources: [
        { id: 's1', title: 'Harbour report', learned: true, entities: 3, facts: 1, quotes: 0 },
        { id: 's2', title: 'Harbour report', learned: false },
      ],
      pending: [
        {
          id: 'p1',
          source: 's1',
          entity: 'e1',
          name: 'Ada Lovelace',
          type: 'person',
          reason: 'ambiguous',
          candidates: [{ id: 'ada', name: 'Ada Lovelace', type: 'person' }],
        },
        {
          id: 'p2',
          source: 's1',
          entity: 'e2',
          name: 'London',
          type: 'organization',
          reason: 'type-clash',
          candidates: [{ id: 'london', name: 'London', type: 'place' }],
        },
      ],
      corrections: [
        { kind: 'not-a-name', entity: 'engine', name: 'Analytical Engine' },
        { kind: 'hide', entity: 'society', name: 'Royal Society' },
        { kind: 'wrong-type', entity: 'london', name: 'London', type: 'organization' },
        { kind: 'same-as', entity: 'babbage', name: 'Babbage', target: 'ada' },
      ],
      nameOf: (id) => sampleIndex().entity(id)?.name,
      undo: { title: 'Harbour report' },
      notice: { kind: 'done', text: i18n.t('dictionary.exported') },
      broken: true,
      onRemove: noop,
      onUndo: noop,
      onDecide: noop,
      onRemoveCorrection: noop,
      onExport: noop,
      onImport: noop,
      onReset: noop,
    };
    const memory = {
      articles: 12,
      bytes: 2_400_000,
      remember: true,
      onRemember: noop,
      neverRemember: ['news.example'],
      onNeverRemember: noop,
      onForget: async () => 0,
    };
    expectCatalogued(<DictionarySection {...dictionary} memory={memory} />, (root) => {
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('.bs-memory-forget button')];
      buttons.at(-1)!.click();
      fireEvent.input(root.querySelector('.bs-memory input[inputmode="url"]')!, { target: { value: 'not a site' } });
      fireEvent.submit(root.querySelector('.bs-memory form')!);
    });
    expectCatalogued(
      <DictionarySection {...dictionary} memory={{ ...memory, articles: 0, bytes: undefined, neverRemember: [] }} />,
    );
    expectCatalogued(<DictionarySection {...dictionary} sources={[]} pending={[]} corrections={[]} />);
  });
});
