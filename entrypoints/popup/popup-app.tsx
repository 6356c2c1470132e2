import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { EmptyState } from '@/components/empty-state';
import { EntityList } from '@/components/entity-list';
import { LearnButton } from '@/components/learn-button';
import { SearchBox } from '@/components/search-box';
import { SiteSwitch } from '@/components/site-switch';
import { RememberSwitch } from '@/components/remember-switch';
import { CardView } from './card-view';
import { limitNote } from './limit-note';
import { learnFromTab } from './learn-from-tab';
import { popupDictionary } from './dictionary';
import { emptyStateFor, learnOffered, reportHostname } from './page-access';
import { findTargetTab, type TargetTab } from './target-tab';
import { useDescriptions, usePopupIndex } from './use-popup-index';
import { usePageReport } from './use-page-report';
import { useSiteSwitch } from './use-site-switch';
import { useRemember } from './use-remember';
import { forgetSite } from '@/utils/reader-layer/layer-actions';
import { readAlongNote } from './read-along-note';
import { splitByStory } from './story-list';
import { storyPopupIndex } from './story-index';
import { useTabStory } from './use-tab-story';

/** The toolbar popup: what the open page names, a search over the whole dictionary, and the site switch. */
export function PopupApp() {
  const [tab, setTab] = useState<TargetTab | undefined>();
  const [noTab, setNoTab] = useState(false);
  const [selected, setSelected] = useState<string | undefined>();
  const [searching, setSearching] = useState(false);
  const lastSelected = useRef<string | undefined>(undefined);
  const main = useRef<HTMLDivElement>(null);

  useEffect(() => {
    findTargetTab(location.search)
      .then((found) => (found ? setTab(found) : setNoTab(true)))
      .catch(() => setNoTab(true));
  }, []);

  const view = usePageReport(tab);
  const hostname = reportHostname(view.report);
  const site = useSiteSwitch(hostname);
  const remember = useRemember();
  const report = view.report;
  const story = useTabStory(tab?.id, report?.readAlong?.state);
  const known = usePopupIndex();
  const popupIndex = useMemo(() => storyPopupIndex(known, story), [known.index, known.bundledOnly, story]);
  const { index, error } = popupIndex;
  const empty = noTab ? 'restricted' : emptyStateFor(view);
  const describe = useDescriptions(report?.entities.map((e) => e.id) ?? [], known);
  const { inStory, others } = splitByStory(report?.entities ?? [], story, index, describe);
  const note = readAlongNote(report?.readAlong);

  const select = (id: string) => {
    lastSelected.current = id;
    setSelected(id);
  };
  const back = () => {
    setSelected(undefined);
    // Return focus to the entry the reader came from, as a browser's back button would.
    requestAnimationFrame(() => {
      const id = lastSelected.current;
      const button = id && main.current?.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(id)}"]`);
      if (button) button.focus();
    });
  };

  return (
    <div class="bs-theme bs-popup" ref={main}>
      <header class="bs-popup-header">
        <h1 class="bs-popup-title">{i18n.t('extension.name')}</h1>
        {hostname && !site.loading && (
          <SiteSwitch hostname={hostname} on={site.on} busy={site.busy || site.globallyOff} onChange={site.set} />
        )}
      </header>
      {site.globallyOff && <p class="bs-popup-note">{i18n.t('popup.globallyOff')}</p>}
      {site.error && (
        <p class="bs-popup-note" role="alert">
          {site.error}
        </p>
      )}
      {error && <p class="bs-popup-note">{error}</p>}
      {selected && (
        <CardView
          entityId={selected}
          index={index}
          card={popupIndex.card}
          onPage={report?.entities.find((e) => e.id === selected)}
          tabId={tab?.id}
          onBack={back}
        />
      )}
      <div hidden={selected !== undefined}>
        <SearchBox index={index} onSelect={select} onQueryChange={(q) => setSearching(q.trim() !== '')} />
        {!searching && (
          <section class="bs-on-page" aria-labelledby="bs-on-page-heading">
            <h2 id="bs-on-page-heading" class="bs-popup-section">
              {i18n.t('popup.onThisPage')}
            </h2>
            {empty && <EmptyState kind={empty} note={empty === 'gave-up' ? limitNote(report) : undefined} />}
            {note && !empty && (
              <p class="bs-popup-note" role="status">
                {note}
              </p>
            )}
            {(!empty || empty === 'gave-up') && inStory.length > 0 && (
              <>
                <h3 class="bs-popup-subsection">{i18n.t('popup.inThisStory')}</h3>
                <EntityList entities={inStory} onSelect={select} ordered />
                {others.length > 0 && <h3 class="bs-popup-subsection">{i18n.t('popup.alsoOnPage')}</h3>}
              </>
            )}
            {(!empty || empty === 'gave-up') && <EntityList entities={others} onSelect={select} />}
          </section>
        )}
        {tab && !noTab && learnOffered(empty, site) && (
          <LearnButton disabled={false} onLearn={() => learnFromTab(tab.id, popupDictionary().index.dictionary)} />
        )}
        {remember.on !== undefined && (
          <RememberSwitch
            on={remember.on}
            onChange={remember.set}
            hostname={hostname || undefined}
            onForgetSite={() => forgetSite(hostname)}
          />
        )}
      </div>
    </div>
  );
}
