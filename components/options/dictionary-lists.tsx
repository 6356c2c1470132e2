import type { Correction, EntityType } from '@/utils/dictionary/schema';
import type { PendingDecision } from '@/utils/reader-layer/layer-schema';
import type { SourceRow } from '@/utils/reader-layer/source-counts';

const TYPE_NAMES: Record<EntityType, string> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
  other: 'other',
};

const AS_TYPE: Record<EntityType, string> = {
  person: 'a person',
  organization: 'an organisation',
  place: 'a place',
  other: 'another kind of name',
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Every source with its counts; learned ones can be removed. */
export function SourceList({ sources, onRemove }: { sources: SourceRow[]; onRemove: (id: string) => void }) {
  if (!sources.length) return <p class="bs-options-empty">No sources yet.</p>;
  return (
    <ul class="bs-dict-list" aria-label="Sources">
      {sources.map((s) => (
        <li key={s.id} class="bs-dict-row" data-source-id={s.id}>
          <div>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noreferrer">
                {s.title}
              </a>
            ) : (
              <span>{s.title}</span>
            )}
            <p class="bs-options-hint">
              {[s.learned ? 'Learned' : 'Bundled', s.publisher, s.published?.slice(0, 10)].filter(Boolean).join(' · ')}
              {' — '}
              {s.entities === undefined
                ? 'counting…'
                : `${plural(s.entities, 'name')}, ${plural(s.facts ?? 0, 'fact')}, ${plural(s.quotes ?? 0, 'quote')}`}
            </p>
          </div>
          {s.learned && (
            <button
              type="button"
              class="bs-button-quiet"
              onClick={() => onRemove(s.id)}
              aria-label={`Remove ${s.title}`}
            >
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Merges the layer would not guess, each with its candidates to accept or a way to keep it apart. */
export function PendingList({
  pending,
  onDecide,
}: {
  pending: PendingDecision[];
  onDecide: (pendingId: string, candidateId: string | null) => void;
}) {
  if (!pending.length) return <p class="bs-options-empty">Nothing waits for a decision.</p>;
  return (
    <ul class="bs-dict-list" aria-label="Decisions">
      {pending.map((p) => (
        <li key={p.id} class="bs-dict-row">
          <div>
            <strong>{p.name}</strong> ({TYPE_NAMES[p.type]}){' '}
            {p.reason === 'type-clash' ? 'has the name of something of another type:' : 'could be any of:'}
            <div class="bs-dict-actions">
              {p.candidates.map((c) => (
                <button type="button" class="bs-button-quiet" key={c.id} onClick={() => onDecide(p.id, c.id)}>
                  Same as {c.name} ({TYPE_NAMES[c.type]})
                </button>
              ))}
              <button type="button" class="bs-button-quiet" onClick={() => onDecide(p.id, null)}>
                Someone else
              </button>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** What each correction says, in words. */
export function describeCorrection(c: Correction, nameOf: (id: string) => string | undefined): string {
  switch (c.kind) {
    case 'not-a-name':
      return `“${c.name}” is not a name`;
    case 'hide':
      return `“${c.name}” is hidden`;
    case 'wrong-type':
      return `“${c.name}” is ${AS_TYPE[c.type]}`;
    case 'same-as':
      return `“${c.name}” is the same as ${nameOf(c.target) ?? c.target}`;
  }
}

/** The reader's corrections, each removable. */
export function CorrectionList({
  corrections,
  nameOf,
  onRemove,
}: {
  corrections: Correction[];
  nameOf: (id: string) => string | undefined;
  onRemove: (c: Correction) => void;
}) {
  if (!corrections.length) return <p class="bs-options-empty">No corrections yet. Cards offer them.</p>;
  return (
    <ul class="bs-dict-list" aria-label="Corrections">
      {corrections.map((c) => {
        const text = describeCorrection(c, nameOf);
        return (
          <li key={`${c.kind}:${c.entity}`} class="bs-dict-row">
            <span>{text}</span>
            <button type="button" class="bs-button-quiet" onClick={() => onRemove(c)} aria-label={`Undo: ${text}`}>
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}
