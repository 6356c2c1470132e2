import { createAnnotator, createSlicer } from '../../utils/annotate';
import { compileMatcherSliced, dictionaryEntries } from '../../utils/matcher';
import { benchWindow } from './shared';

// Backstory's engine end to end, exactly as the content script runs it: sliced compile, then the annotator.
const slicer = createSlicer();
compileMatcherSliced(dictionaryEntries(benchWindow.__benchDictionary.entities), slicer.expired, slicer.pause)
  .then(async (matcher) => {
    const annotator = createAnnotator(document, { matcher });
    benchWindow.__benchKeep = annotator;
    await annotator.whenIdle();
    benchWindow.__benchDone = { marks: annotator.marks().length, status: annotator.status };
  })
  .catch((error: Error) => {
    benchWindow.__benchDone = { marks: 0, status: 'failed', error: String(error) };
  });
