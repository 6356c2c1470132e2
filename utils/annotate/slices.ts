/** Milliseconds of work per slice before the annotator hands the main thread back to the page. */
export const SLICE_MS = 8;

/** Cuts long work into slices: `expired()` says the current slice is spent, `pause()` lets the page run, then starts a new slice. */
export interface Slicer {
  expired(): boolean;
  pause(): Promise<void>;
  /**
   * Starts a new job after the slicer sat idle: the time in between was the page's, not work. Call `rest()` when a
   * job ends and `resume()` when the next begins.
   */
  rest(): void;
  resume(): void;
  /** Milliseconds worked across all slices so far. */
  readonly worked: number;
}

/** Creates a slicer whose slices last `sliceMs`; the first slice starts now. */
export function createSlicer(sliceMs = SLICE_MS): Slicer {
  let started = performance.now();
  let worked = 0;
  let resting = false;
  return {
    expired: () => performance.now() - started >= sliceMs,
    async pause() {
      worked += performance.now() - started;
      // A plain timer works everywhere and lets input, rendering and the page's own tasks run in between.
      await new Promise<void>((resolve) => setTimeout(() => resolve(), 0));
      started = performance.now();
    },
    rest() {
      if (resting) return;
      worked += performance.now() - started;
      resting = true;
    },
    resume() {
      if (!resting) return;
      resting = false;
      started = performance.now();
    },
    get worked() {
      return resting ? worked : worked + (performance.now() - started);
    },
  };
}
