import type { Source } from '@/utils/dictionary/schema';

/** A source named as a citation: its title (linked when it has a web address), then publisher and date. */
export function SourceCitation({ source }: { source: Source | undefined }) {
  if (!source) return <cite>Unknown source</cite>;
  const details = [source.publisher, source.published].filter(Boolean).join(', ');
  const safeUrl = source.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
  return (
    <>
      <cite>
        {safeUrl ? (
          <a href={safeUrl} target="_blank" rel="noopener noreferrer">
            {source.title || safeUrl}
          </a>
        ) : (
          source.title || 'Untitled source'
        )}
      </cite>
      {details && <span class="bs-source-details">{` (${details})`}</span>}
    </>
  );
}
