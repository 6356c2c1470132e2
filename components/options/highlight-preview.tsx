import type { HighlightStyle } from '@/utils/settings/schema';

export interface HighlightPreviewProps {
  style: HighlightStyle;
  firstMentionOnly: boolean;
}

// A made-up sentence: one name said twice shows what "first mention only" leaves out.
const PARTS: { text: string; mention?: { entity: string; first: boolean } }[] = [
  { text: 'Ada Lovelace', mention: { entity: 'ada', first: true } },
  { text: ' wrote to ' },
  { text: 'Charles Babbage', mention: { entity: 'charles', first: true } },
  { text: ' from ' },
  { text: 'London', mention: { entity: 'london', first: true } },
  { text: '; later, ' },
  { text: 'Lovelace', mention: { entity: 'ada', first: false } },
  { text: ' published her notes.' },
];

/** A sample sentence highlighted the way the chosen settings will look on a page. */
export function HighlightPreview({ style, firstMentionOnly }: HighlightPreviewProps) {
  return (
    <figure class="bs-preview">
      <figcaption>Preview{style === 'none' ? ' (hover or focus a name to see it)' : ''}</figcaption>
      <p class="bs-preview-text" data-style={style}>
        {PARTS.map((part, index) =>
          part.mention && (part.mention.first || !firstMentionOnly) ? (
            <span class="bs-preview-mark" tabIndex={0} data-preview-entity={part.mention.entity} key={index}>
              {part.text}
            </span>
          ) : (
            part.text
          ),
        )}
      </p>
    </figure>
  );
}
