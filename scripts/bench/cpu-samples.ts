import type { TraceEvent } from './trace';

/** The fields of the CPU profiler's trace events that attribution reads. */
interface ProfileData {
  startTime?: number;
  cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] };
  timeDeltas?: number[];
}

interface Profile {
  thread: string;
  time: number;
  /** Stack node → whether it or a caller of it is a function from a URL we look for. */
  ours: Map<number, boolean>;
}

/**
 * Times (µs, trace clock) at which the sampling profiler found code from a URL `isOurs` accepts on the stack, by
 * thread ("pid:tid"). Promise callbacks and extension API replies run without a trace event naming their script, so
 * the samples are what ties those tasks to the extension.
 */
export function ourSampleTimes(events: TraceEvent[], isOurs: (url: string) => boolean): Map<string, number[]> {
  const profiles = new Map<string, Profile>();
  const out = new Map<string, number[]>();
  for (const e of events) {
    const data = (e.args as { data?: ProfileData } | undefined)?.data;
    const id = `${e.pid}:${(e as { id?: string }).id}`;
    if (e.name === 'Profile' && data?.startTime !== undefined)
      profiles.set(id, { thread: `${e.pid}:${e.tid}`, time: data.startTime, ours: new Map() });
    const profile = profiles.get(id);
    if (e.name !== 'ProfileChunk' || !profile || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? [])
      profile.ours.set(n.id, isOurs(n.callFrame.url ?? '') || (n.parent !== undefined && !!profile.ours.get(n.parent)));
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    if (!out.has(profile.thread)) out.set(profile.thread, []);
    samples.forEach((node, k) => {
      profile.time += deltas[k] ?? 0;
      if (profile.ours.get(node)) out.get(profile.thread)!.push(profile.time);
    });
  }
  return out;
}
