import v8 from "node:v8";
import vm from "node:vm";
import { MB } from "./protocol";

interface GcStatistic {
  beforeGC: { heapStatistics: { usedHeapSize: number } };
  afterGC: { heapStatistics: { usedHeapSize: number } };
}

/** Node's v8.GCProfiler (Node ≥ 18.15), typed here because @types/node 22 types it only loosely. */
interface GcProfiler {
  start(): void;
  stop(): { statistics: GcStatistic[] } | undefined;
}

const GCProfiler = (v8 as unknown as { GCProfiler: new () => GcProfiler }).GCProfiler;

/**
 * A full collection, for the steady heap only: V8's `gc`, reached without a command-line flag (a worker takes no V8
 * flags of its own). Never used for the peak, which is the heap as the limit sees it.
 */
export function collectGarbage(): void {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}

export function usedHeapMB(): number {
  return v8.getHeapStatistics().used_heap_size / MB;
}

/** The heap over one window (a step, the steady window): highest and lowest seen, in MB. */
export interface HeapWindow {
  peak: number;
  low: number;
}

/**
 * The worker's JS heap as Raycast's limit sees it (`used_heap_size`), never after a forced collection. Two sources:
 * a sampler on a short interval (between tasks), and V8's GC profiler, which records the heap just before and just
 * after every collection, so the high points inside long synchronous work (a JSON.parse of one SDK answer) are seen
 * too: between collections the heap only grows, so its peak is right before one of them or at a sample.
 */
export class HeapMeter {
  private profiler = new GCProfiler();
  private timer: NodeJS.Timeout | undefined;
  private window: HeapWindow = { peak: 0, low: Number.POSITIVE_INFINITY };
  /** Highest of the whole launch. */
  peak = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly onPeak: (peakMB: number) => void,
  ) {}

  start(): void {
    this.profiler.start();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  sample(): number {
    const used = usedHeapMB();
    this.note(used, used);
    return used;
  }

  private note(high: number, low: number): void {
    if (high > this.window.peak) this.window.peak = high;
    if (low < this.window.low) this.window.low = low;
    if (high > this.peak) {
      // Tell the parent in steps of 1 MB: when the worker dies of its heap, the parent still knows how high it got.
      if (Math.floor(high) > Math.floor(this.peak)) this.onPeak(high);
      this.peak = high;
    }
  }

  /** Folds in the GC profile since the last call, then starts a new window; returns the window that ended. */
  endWindow(): HeapWindow {
    const statistics = this.profiler.stop()?.statistics ?? [];
    this.profiler = new GCProfiler();
    this.profiler.start();
    for (const gc of statistics) {
      this.note(gc.beforeGC.heapStatistics.usedHeapSize / MB, gc.afterGC.heapStatistics.usedHeapSize / MB);
    }
    this.sample();
    const ended = this.window;
    this.window = { peak: 0, low: Number.POSITIVE_INFINITY };
    return ended;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.profiler.stop();
  }
}
