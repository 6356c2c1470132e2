/** Polls `count` until it stays the same for `quietMs`; returns the settled value (or throws after `timeoutMs`). */
export async function settled(count: () => Promise<number>, quietMs = 1_500, timeoutMs = 30_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = await count();
  let since = Date.now();
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return now;
  }
  throw new Error(`still changing after ${timeoutMs} ms (last count ${last})`);
}
