/** Runs `task` holding lock `name` where the platform has locks, so two extension contexts never interleave it. */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(name, task) : task();
}
