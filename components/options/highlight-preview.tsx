import { ENTITY_ATTR } from '@/utils/annotate/constants';
import { highlightCss } from '@/utils/annotate/style';
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

/**
 * A sample sentence highlighted the way the chosen settings will look on a page: the marks are the same elements
 * with the same stylesheet the annotator puts on pages, so the preview cannot drift from the real thing.
 */
export function HighlightPreview({ style, firstMentionOnly }: HighlightPreviewProps) {
  return (
    <figure class="bs-preview">
      <style>{highlightCss(style)}</style>
      <figcaption>Preview{style === 'none' ? ' (hover or focus a name to see it)' : ''}</figcaption>
      <p class="bs-preview-text" data-style={style}>
        {PARTS.map((part, index) =>
          part.mention && (part.mention.first || !firstMentionOnly) ? (
            <mark {...{ [ENTITY_ATTR]: part.mention.entity }} tabIndex={0} key={index}>
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </p>
    </figure>
  );
}
