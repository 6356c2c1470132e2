import { i18n } from '#i18n';
import './styles/list.css';

/** Why the popup has no entity list to show. */
export type EmptyKind = 'restricted' | 'loading' | 'no-names' | 'gave-up' | 'off' | 'not-article' | 'unreachable';

// Message keys by kind: "<key>Title" and "<key>Body" in the catalogue's "empty" group.
const KEYS = {
  restricted: 'restricted',
  loading: 'loading',
  'no-names': 'noNames',
  'gave-up': 'gaveUp',
  off: 'off',
  'not-article': 'notArticle',
  unreachable: 'unreachable',
} as const satisfies Record<EmptyKind, string>;

export interface EmptyStateProps {
  kind: EmptyKind;
  /** Extra detail, such as the reason the scan stopped. */
  note?: string;
}

/** A short explanation of why there is nothing (or not everything) to list. */
export function EmptyState({ kind, note }: EmptyStateProps) {
  const key = KEYS[kind];
  const message = { title: i18n.t(`empty.${key}Title`), body: i18n.t(`empty.${key}Body`) };
  return (
    <div class="bs-empty" data-kind={kind} role="status">
      <p class="bs-empty-title">{message.title}</p>
      <p class="bs-empty-body">{message.body}</p>
      {note && <p class="bs-empty-note">{note}</p>}
    </div>
  );
}
