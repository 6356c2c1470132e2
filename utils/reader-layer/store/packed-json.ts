// The background's derived data (the built dictionary and the card shards) is JSON of many megabytes that repeats
// itself a great deal; gzipped with the browser's own CompressionStream it takes a fraction of the disk.

/** The JSON text of `value`, gzipped. */
export async function packJson(value: unknown): Promise<ArrayBuffer> {
  const stream = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

/** The value `packJson` packed into `data`; undefined when `data` is not gzipped JSON. */
export async function unpackJson(data: unknown): Promise<unknown> {
  if (!(data instanceof ArrayBuffer)) return undefined;
  try {
    const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(stream).text()) as unknown;
  } catch {
    return undefined;
  }
}
