export {
  createAnnotator,
  type Annotator,
  type AnnotatorLimit,
  type AnnotatorOptions,
  type AnnotatorStatus,
} from './annotator';
export type { EntityCount, ShownMention } from './mentions';
export type { HighlightStyle } from './style';
export { ALIAS_ATTR, ENTITY_ATTR, MARK_SELECTOR, MARK_TAG, UI_ATTR } from './constants';
export { createSlicer, type Slicer } from './slices';
