import './styles/list.css';

/** Why the popup has no entity list to show. */
export type EmptyKind = 'restricted' | 'loading' | 'no-names' | 'gave-up' | 'off' | 'not-article' | 'unreachable';

const MESSAGES: Record<EmptyKind, { title: string; body: string }> = {
  restricted: {
    title: 'Backstory cannot run here',
    body: 'Browsers keep extensions out of their own pages and the extension store. Open a news article to see its names.',
  },
  loading: {
    title: 'Reading the page…',
    body: 'Backstory is still looking for names on this page.',
  },
  'no-names': {
    title: 'No known names on this page',
    body: 'None of the people, organisations or places in the dictionary appear here. Search below covers the whole dictionary.',
  },
  'gave-up': {
    title: 'Stopped early on a very large page',
    body: 'Backstory stopped scanning to keep the page responsive. Names found so far stay highlighted.',
  },
  off: {
    title: 'Backstory is switched off here',
    body: 'Turn it on for this site with the switch above, or in the settings.',
  },
  'not-article': {
    title: 'This page does not look like an article',
    body: 'Backstory is set to run on articles only. Turn it on for this site with the switch above.',
  },
  unreachable: {
    title: 'Backstory has not read this page',
    body: 'Browsers keep extensions out of their own pages and the extension store. On any other page, reload it to let Backstory read it.',
  },
};

export interface EmptyStateProps {
  kind: EmptyKind;
  /** Extra detail, such as the reason the scan stopped. */
  note?: string;
}

/** A short explanation of why there is nothing (or not everything) to list. */
export function EmptyState({ kind, note }: EmptyStateProps) {
  const message = MESSAGES[kind];
  return (
    <div class="bs-empty" data-kind={kind} role="status">
      <p class="bs-empty-title">{message.title}</p>
      <p class="bs-empty-body">{message.body}</p>
      {note && <p class="bs-empty-note">{note}</p>}
    </div>
  );
}
