import { useEffect, useState } from 'preact/hooks';
import { findTargetTab, type TargetTab } from './target-tab';

/** The tab the popup is about, found once; `missing` when there is none it may read. */
export interface TargetTabState {
  tab?: TargetTab;
  missing: boolean;
}

/** Finds the popup's tab when it opens. */
export function useTargetTab(): TargetTabState {
  const [tab, setTab] = useState<TargetTab | undefined>();
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    findTargetTab(location.search)
      .then((found) => (found ? setTab(found) : setMissing(true)))
      .catch(() => setMissing(true));
  }, []);
  return { tab, missing };
}
