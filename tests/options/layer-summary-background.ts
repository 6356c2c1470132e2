// The messaging module as the options page meets it in these tests: the background's summary of the layer answered
// on the spot, as the background works it out (see entrypoints/background/layer-summary.ts); nothing else answers.
import { bundledDictionary } from '@/utils/dictionary/bundled';
import { effectiveDictionary } from '@/utils/reader-layer/model/effective';
import { layerSummary } from '@/utils/reader-layer/model/layer-summary';
import { loadCheckedLayer } from '@/utils/reader-layer/store/storage';

export const onMessage = () => () => undefined;

export async function sendMessage(type: string) {
  if (type !== 'ui:layer-summary') throw new Error('no background here');
  const loaded = await loadCheckedLayer();
  return layerSummary(effectiveDictionary(bundledDictionary(), loaded.layer), loaded);
}
