import { i18n } from '#i18n';
import type { Source } from '@/utils/dictionary/schema';
import { clip } from './entity-labels';

/** Longest source title shown in a citation; the full title stays available as a tooltip. */
const TITLE_LENGTH = 72;

/**
 * A source named as a citation: its title (linked when it has a web address), then publisher and date unless
 * `titleOnly` (where a heading already names them).
 */
export function SourceCitation({ source, titleOnly }: { source: Source | undefined; titleOnly?: boolean }) {
  if (!source) return <cite>{i18n.t('source.unknown')}</cite>;
  const details = titleOnly ? '' : [source.publisher, source.published].filter(Boolean).join(', ');
  const safeUrl = source.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
  const full = source.title || safeUrl || i18n.t('source.untitled');
  const title = clip(full, TITLE_LENGTH);
  const tooltip = title === full ? undefined : full;
  return (
    <>
      <cite title={tooltip}>
        {safeUrl ? (
          <a href={safeUrl} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </cite>
      {details && <span class="bs-source-details">{` (${details})`}</span>}
    </>
  );
}
