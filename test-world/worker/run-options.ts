import type { DesktopApp, DesktopAppOptions, WorldOptions } from "../sim";
import type { PersistedStores } from "./disk-stores";
import type { Step } from "./protocol";

/** What a worker run is asked to do (runInWorker), and Raycast's limits it runs under. */

/** Raycast 2.0's words when a command's worker runs out of heap. */
export const MEMORY_LIMIT_MESSAGE = "Command terminated after reaching the extension memory limit (100 MB JS heap)";
/** Raycast's limit on a command's JS heap (old generation), in MB. */
export const RAYCAST_HEAP_LIMIT_MB = 100;
/** The heap Raycast's own runtime holds when a command's worker starts ("worker:start: heap 20.7 MB"), in MB. */
export const RAYCAST_RUNTIME_MB = 20;

export interface WorkerRunOptions {
  /** The manifest name of the command; its file is dist/<command>.js unless `commandFile` says otherwise. */
  command: string;
  /** A CommonJS command file (a fixture or a benchmark-only command, see buildCommandFile). */
  commandFile?: string;
  /** The simulated app's data, generated on the parent thread: generateWorld options, or a function that seeds it. */
  world?: WorldOptions | ((app: DesktopApp) => void);
  /** An existing simulated app (kept across runs, e.g. a cold run and a warm one). Never installed in-process. */
  app?: DesktopApp;
  appOptions?: DesktopAppOptions;
  /** Preference values; `accounts` defaults to the generated world's account names. */
  preferences?: Record<string, unknown>;
  arguments?: Record<string, unknown>;
  steps?: Step[];
  /** The Cache and LocalStorage a previous run left (its `stores`): a warm launch. Default: empty, a cold launch. */
  stores?: PersistedStores;
  /** The worker's old-generation heap limit (Raycast's: 100). */
  heapLimitMb?: number;
  /**
   * Raycast's own runtime takes about 20 MB of the worker's heap (RAYCAST_RUNTIME_MB); the host and the driver take
   * less (their baseline is reported). Retained ballast is added before the command loads, so that the command gets
   * the heap Raycast leaves it and dies where it would in Raycast. Default "raycast": RAYCAST_RUNTIME_MB minus the
   * host's baseline, measured in the launch. A number: that many MB (0: the host's own baseline only).
   */
  ballastMb?: number | "raycast";
  /** Each launch is terminated (outcome "timed out") after this long. Default 120 s. */
  timeoutMs?: number;
  /** Heap sampler interval (default 2 ms). */
  sampleIntervalMs?: number;
  /** A keystroke is over when no commit happened for this long (default 40 ms). */
  quietMs?: number;
  /** The window after the last step in which the steady heap is taken (default 500 ms). */
  steadyWindowMs?: number;
  /** React's build in the worker: Raycast runs production (default). */
  react?: "production" | "development";
}
