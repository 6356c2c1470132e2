// Writes the dictionary schema as JSON Schema to schema/dictionary.schema.json (the published form).
import { writeFileSync } from 'node:fs';
import { dictionaryJsonSchema } from '../utils/dictionary/schema';

const out = new URL('../schema/dictionary.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(dictionaryJsonSchema(), null, 2) + '\n');
console.error(`wrote ${out.pathname}`);
