import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { ENTITY_ATTR } from '@/utils/annotate/constants';
import { highlightCss } from '@/utils/annotate/style';
import type { HighlightStyle } from '@/utils/settings/schema';
import { RichText } from '../rich-text';

export interface HighlightPreviewProps {
  style: HighlightStyle;
  firstMentionOnly: boolean;
}

// A made-up sentence: one name said twice shows what "first mention only" leaves out. The names stay as they are in
// every language; the words around them come from the catalogue.
const MENTIONS = {
  ada: { text: 'Ada Lovelace', entity: 'ada', first: true },
  charles: { text: 'Charles Babbage', entity: 'charles', first: true },
  london: { text: 'London', entity: 'london', first: true },
  lovelace: { text: 'Lovelace', entity: 'ada', first: false },
} as const;
type MentionKey = keyof typeof MENTIONS;

/**
 * A sample sentence highlighted the way the chosen settings will look on a page: the marks are the same elements
 * with the same stylesheet the annotator puts on pages, so the preview cannot drift from the real thing.
 */
export function HighlightPreview({ style, firstMentionOnly }: HighlightPreviewProps) {
  return (
    <figure class="bs-preview">
      <style>{highlightCss(style)}</style>
      <figcaption>{style === 'none' ? i18n.t('highlight.previewNone') : i18n.t('highlight.preview')}</figcaption>
      <p class="bs-preview-text" data-style={style}>
        <RichText
          text={(slots) => i18n.t('highlight.previewSentence', slots)}
          parts={
            Object.fromEntries(
              Object.entries(MENTIONS).map(([key, mention]) => [
                key,
                mention.first || !firstMentionOnly ? (
                  <mark {...{ [ENTITY_ATTR]: mention.entity }} tabIndex={0}>
                    {mention.text}
                  </mark>
                ) : (
                  mention.text
                ),
              ]),
            ) as Record<MentionKey, ComponentChildren>
          }
        />
      </p>
    </figure>
  );
}
