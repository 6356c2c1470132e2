import { useMemo, useRef, useState } from 'preact/hooks';
import { LearnButton } from '@/components/learn-button';
import { SearchBox } from '@/components/search-box';
import { RememberSwitch } from '@/components/remember-switch';
import { CardView } from './card-view';
import { learnFromTab, useLearnPrepared } from './learn-from-tab';
import { OnThisPage } from './on-this-page';
import { emptyStateFor, learnOffered, reportHostname } from './page-access';
import { PopupHeader } from './popup-header';
import { useDescriptions, usePopupIndex } from './use-popup-index';
import { useReadBefore } from './use-read-before';
import { useEntitySelection } from './use-entity-selection';
import { usePageReport } from './use-page-report';
import { useSiteSwitch } from './use-site-switch';
import { useRemember } from '@/components/use-remember';
import { useTargetTab } from './use-target-tab';
import { forgetSite } from '@/utils/reader-layer/layer-actions';
import { readAlongNote } from './read-along-note';
import { splitByStory } from './story-list';
import { storyPopupIndex } from './story-index';
import { useTabStory } from './use-tab-story';

/** The toolbar popup: what the open page names, a search over the whole dictionary, and the site switch. */
export function PopupApp() {
  const main = useRef<HTMLDivElement>(null);
  const { tab, missing: noTab } = useTargetTab();
  const { selected, select, back } = useEntitySelection(main);
  const [searching, setSearching] = useState(false);

  const view = usePageReport(tab);
  const report = view.report;
  const hostname = reportHostname(report);
  const site = useSiteSwitch(hostname);
  const remember = useRemember();
  const story = useTabStory(tab?.id, report?.readAlong?.state);
  const known = usePopupIndex(useMemo(() => report?.entities.map((e) => e.name) ?? [], [report]));
  const popupIndex = useMemo(() => storyPopupIndex(known, story), [known.index, known.bundledOnly, story]);
  const { index, error } = popupIndex;
  const empty = noTab ? 'restricted' : emptyStateFor(view);
  const ids = report?.entities.map((e) => e.id) ?? [];
  const describe = useDescriptions(ids, known);
  const readBefore = useReadBefore(ids, report?.url ?? '', known);
  const offersLearning = !!tab && !noTab && learnOffered(empty, site);
  useLearnPrepared(offersLearning);
  const { inStory, others } = splitByStory(report?.entities ?? [], story, index, describe, readBefore);

  return (
    <div class="bs-theme bs-popup" ref={main}>
      <PopupHeader hostname={hostname} site={site} error={error} />
      {selected && (
        <CardView
          entityId={selected}
          index={index}
          search={popupIndex.search}
          card={popupIndex.card}
          onPage={report?.entities.find((e) => e.id === selected)}
          tabId={tab?.id}
          onBack={back}
        />
      )}
      <div hidden={selected !== undefined}>
        <SearchBox
          index={index}
          search={popupIndex.search}
          onSelect={select}
          onQueryChange={(q) => setSearching(q.trim() !== '')}
        />
        {!searching && (
          <OnThisPage
            empty={empty}
            report={report}
            note={readAlongNote(report?.readAlong)}
            inStory={inStory}
            others={others}
            onSelect={select}
          />
        )}
        {offersLearning && tab && <LearnButton disabled={false} onLearn={() => learnFromTab(tab.id)} />}
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
