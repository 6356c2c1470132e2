import { i18n } from '#i18n';
import { importIntoLayer } from '@/utils/reader-layer/layer-actions';
import { IMPORT_LIMITS } from '@/utils/reader-layer/model/json-guard';
import { bundled } from './bundled';

/** Imports a dictionary file into the layer and says what came in; throws, naming the file, when nothing could. */
export async function importFile(file: File): Promise<string> {
  if (file.size > IMPORT_LIMITS.size)
    throw new Error(i18n.t('dictionary.fileTooBig', [file.name, (file.size / 1048576).toFixed(1)]));
  const result = await importIntoLayer(await file.text(), bundled, `“${file.name}”`);
  if (!result.ok) throw new Error(i18n.t('dictionary.nothingImported', [result.error]));
  return i18n.t('dictionary.imported', result.sources, [result.sources, file.name]);
}
