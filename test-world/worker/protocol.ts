/**
 * What the parent (the test or benchmark, with the simulated 1Password app) and the worker (the headless host, the
 * driver and the built command) say to each other. Everything here is structured-clone data: no functions.
 */

/** What the driver waits for. "rows": not loading and at least one row; "loaded": not loading. */
export type WaitTarget = "rows" | "loaded";

/** A driver action, executed inside the worker on the running command's Screen. */
export type Step =
  /** Waits (real time) until the List shows rows and is no longer loading, or only until it is not loading. */
  | { wait: WaitTarget; timeoutMs?: number; label?: string }
  /**
   * Types into the search bar one keystroke at a time, each measured (see Keystroke): search, React render and
   * commit of the new rows. Text that does not extend the current text first clears the field (one keystroke,
   * measured too).
   */
  | { type: string; label?: string }
  /** Selects a row by title or id, or by index among the visible rows. */
  | { select: string | number; label?: string }
  /**
   * Runs an action by title, by path through submenus, or by a pattern its title matches (the first such action of
   * the panel): `/^Archive [\d,]+ Selected Items$/` when the count is not known in advance.
   */
  | { action: string | string[] | RegExp; label?: string }
  /** Fills a form's fields (by id) and submits it with its first Action.SubmitForm. */
  | { submit: Record<string, unknown>; label?: string }
  /** Presses a shortcut ("cmd+r", "enter", "escape"). */
  | { press: string; label?: string }
  /** Calls the List's pagination until at least `rows` rows are visible (or nothing more loads). */
  | { loadRows: number; label?: string }
  /** Queues answers for the next confirmAlert calls (true: the primary action). */
  | { answerAlerts: boolean[]; label?: string }
  /** Waits until the toast on screen has this style ("done": success or failure) and a title matching `title`. */
  | { waitForToast: "success" | "failure" | "done"; title?: string | RegExp; timeoutMs?: number; label?: string }
  /** Records what is on screen now (the Screen's describe() and the toast) into the launch's report. */
  | { snapshot: string; label?: string }
  /** Waits this long (real time). */
  | { sleep: number; label?: string }
  /**
   * Ends this launch (the command is unmounted as when the window closes) and starts a new worker over the same
   * stores: a warm relaunch. Everything after it runs in the new launch.
   */
  | { relaunch: true; label?: string };

/** What the parent hands each worker at its start (workerData). */
export interface LaunchConfig {
  /** The CommonJS file of the command: dist/<command>.js, or a fixture built with buildCommandFile. */
  commandFile: string;
  /** The manifest name the host launches it as (preferences, arguments, title). */
  commandName: string;
  preferences: Record<string, unknown>;
  arguments?: Record<string, unknown>;
  /** The steps of this launch, up to (not including) the next relaunch. */
  steps: Step[];
  /** Directory holding Cache, LocalStorage and stored values; what one launch writes, the next one reads. */
  storesDir: string;
  /** environment.assetsPath: the built bundle's dist/assets. */
  assetsPath: string;
  /** Interval of the heap sampler. */
  sampleIntervalMs: number;
  /** How long the UI must be still (no commit) before a keystroke or the steady window counts as over. */
  quietMs: number;
  /** The window after the last step in which the steady heap is taken. */
  steadyWindowMs: number;
  /** Whether the simulated app's native library exists (false: the SDK says the desktop app is not found). */
  installed: boolean;
  /** MB of retained ballast added before the command loads (0: none); "raycast": what tops the host up to Raycast's. */
  ballastMb: number | "raycast";
  /** Index of this launch in the scenario (0: the first). */
  launch: number;
}

/** One measured keystroke. */
export interface Keystroke {
  /** The search text after the keystroke. */
  query: string;
  /**
   * Keystroke to the commit that put its rows on screen, in ms: the last commit it caused that changed the rows
   * (section titles and subtitles, row ids, the empty view), or its first commit when the rows stayed the same.
   */
  ms: number;
  /** Keystroke to the last commit it caused before the UI went still (selection updates and lazy loads included). */
  settledMs: number;
  /** How many commits it caused. */
  commits: number;
  /** Rows on screen afterwards. */
  rows: number;
}

export interface StepReport {
  label: string;
  ms: number;
  /** Highest JS heap (used_heap_size) during the step: samples and the heap before each GC. */
  peakHeapMB: number;
  /** The heap sampled when the step ended. */
  endHeapMB: number;
}

export interface Snapshot {
  label: string;
  screen: string;
  toast?: { style: string; title: string; message?: string };
}

/** A launch's own report, sent by the worker when its steps are done. */
export interface WorkerReport {
  /** Heap when the worker started, before the host and the command were loaded. */
  startHeapMB: number;
  /** Heap once the host, the driver and React are loaded, before the command file is required (and any ballast). */
  hostHeapMB: number;
  /** Ballast added after that (ballastMb), standing for the part of Raycast's runtime the host does not use. */
  ballastMB: number;
  /** Highest JS heap of the whole launch. */
  peakHeapMB: number;
  /** Lowest heap seen in the steady window after the last step, which opens with a full collection. */
  steadyHeapMB: number;
  /** require of the command file, in ms. */
  requireMs: number;
  /** runCommand → the first commit that shows a row (or a form), in ms; undefined when none came. */
  firstFrameMs?: number;
  /** runCommand → the first commit of any kind. */
  firstCommitMs?: number;
  /** runCommand → the first answer through the native boundary (the SDK's client: access granted), in ms. */
  accessGrantedMs?: number;
  /** Calls through the native boundary before that first frame with rows. */
  callsBeforeFirstFrame?: number;
  /** Calls through the native boundary during the whole launch. */
  calls: number;
  keystrokes: Keystroke[];
  steps: StepReport[];
  snapshots: Snapshot[];
  /** The screen when the launch ended. */
  screen: string;
  /** What the host recorded as errors (render crashes, captureException), as text. */
  hostErrors: string[];
  /** Toasts shown during the launch, last state of each. */
  toasts: { style: string; title: string; message?: string }[];
}

/** Worker → parent messages on the parent port. */
export type WorkerMessage =
  | { kind: "step"; index: number; label: string }
  | { kind: "heap"; peakHeapMB: number }
  /** Sent as they happen, so a launch that dies later still reports them. */
  | { kind: "stepDone"; step: StepReport }
  | { kind: "keystroke"; keystroke: Keystroke }
  | {
      kind: "frame";
      frame: Pick<WorkerReport, "firstFrameMs" | "firstCommitMs" | "accessGrantedMs" | "callsBeforeFirstFrame">;
    }
  | { kind: "done"; report: WorkerReport }
  | { kind: "failed"; error: string; report?: Partial<WorkerReport> };

/** Native boundary messages on the dedicated MessagePort (worker → parent requests, parent → worker answers). */
export interface BoundaryRequest {
  id: number;
  bytes: Uint8Array;
}

export interface BoundaryAnswer {
  id: number;
  bytes?: Uint8Array;
  error?: string;
}

export const MB = 1024 * 1024;
