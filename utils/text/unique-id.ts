/** `base`, or `base-2`, `base-3` … whichever `taken` does not hold yet; records it as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
