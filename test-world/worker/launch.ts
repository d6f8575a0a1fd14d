import Module from "node:module";
import { join } from "node:path";
import { parentPort, type MessagePort } from "node:worker_threads";
import { host, runCommand, type CommandModule, type Screen } from "../host";
import { CommitClock } from "./commit-clock";
import { CacheFiles, JsonFileMap, LOCAL_STORAGE_FILE, STORED_VALUES_FILE } from "./disk-stores";
import { collectGarbage, HeapMeter, usedHeapMB } from "./heap-meter";
import { installPortBoundary } from "./port-boundary";
import type { LaunchConfig, StepReport, WorkerMessage, WorkerReport } from "./protocol";
import { RAYCAST_RUNTIME_MB } from "./run-options";
import { describeStep, runStep, toastView, untilQuiet, type StepContext } from "./steps";

/**
 * One launch of a command inside the worker: the host and the driver beside the command, as Raycast's runtime sits
 * beside it in Raycast's worker. Loaded by worker-entry.ts once it has read the heap of the empty worker.
 */

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;

/** `require("@raycast/api")`, from the built command or from @raycast/utils, gets the host bundled here. */
function routeRaycastApi(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the stand-in is `export =`, as the real module
  const api: unknown = require("../host/raycast-api");
  const internals = Module as unknown as { _load: Loader };
  const original = internals._load;
  internals._load = function load(this: unknown, request, parent, isMain) {
    if (request === "@raycast/api") return api;
    return original.call(this, request, parent, isMain);
  };
}

/** The host's Cache, LocalStorage and stored values live in the launch's stores directory, as Raycast's on disk. */
function useStores(dir: string): void {
  const internal = host.internal as { cache: Map<string, Map<string, string>> } & typeof host.internal;
  internal.cache = new CacheFiles(join(dir, "cache"));
  internal.localStorage = new JsonFileMap(join(dir, LOCAL_STORAGE_FILE));
  internal.storedValues = new JsonFileMap(join(dir, STORED_VALUES_FILE));
}

/** Kept for the whole launch: the ballast that stands for the part of Raycast's runtime the host does not use. */
const ballast: number[][] = [];

/** The MB that stand for Raycast's runtime on top of the host's own heap (`hostHeapMB`). */
function ballastFor(asked: number | "raycast", hostHeapMB: number): number {
  return asked === "raycast" ? Math.max(0, Math.round(RAYCAST_RUNTIME_MB - hostHeapMB)) : asked;
}

function addBallast(megabytes: number): number {
  // Arrays of 131,072 doubles: 1 MB each, inside the JS heap (a typed array's bytes would be outside it).
  for (let i = 0; i < megabytes; i++) ballast.push(new Array<number>(131_072).fill(i + 0.5));
  return megabytes;
}

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function text(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export async function runLaunch(config: LaunchConfig, port: MessagePort, startHeapMB: number): Promise<void> {
  const boundary = installPortBoundary(port, config.installed);
  routeRaycastApi();
  useStores(config.storesDir);
  host.setAssetsPath(config.assetsPath);
  const hostErrors: string[] = [];
  process.on("unhandledRejection", (reason) => hostErrors.push(`unhandled rejection: ${text(reason)}`));

  const meter = new HeapMeter(config.sampleIntervalMs, (peakHeapMB) => post({ kind: "heap", peakHeapMB }));
  const clock = new CommitClock();
  meter.start();
  const hostHeapMB = meter.sample();
  const ballastMB = addBallast(ballastFor(config.ballastMb, hostHeapMB));
  const report: WorkerReport = {
    startHeapMB,
    hostHeapMB,
    ballastMB,
    peakHeapMB: 0,
    steadyHeapMB: Number.NaN,
    requireMs: 0,
    calls: 0,
    keystrokes: [],
    steps: [],
    snapshots: [],
    screen: "",
    hostErrors,
    toasts: [],
  };
  let screen: Screen | undefined;
  let runStart: number | undefined;
  const frames = () => {
    if (runStart === undefined) return;
    if (clock.first !== undefined) report.firstCommitMs = clock.first - runStart;
    if (clock.firstContent !== undefined) report.firstFrameMs = clock.firstContent - runStart;
    if (boundary.firstAnswerAt !== undefined) report.accessGrantedMs = boundary.firstAnswerAt - runStart;
  };
  try {
    const requireStart = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built command is CommonJS, found at run time
    const command = require(config.commandFile) as CommandModule;
    report.requireMs = performance.now() - requireStart;

    runStart = performance.now();
    const postFrames = () => {
      frames();
      const { firstFrameMs, firstCommitMs, accessGrantedMs, callsBeforeFirstFrame } = report;
      post({ kind: "frame", frame: { firstFrameMs, firstCommitMs, accessGrantedMs, callsBeforeFirstFrame } });
    };
    // Rows may come long after runCommand returns (a cold launch waits for its refresh): told as soon as they do.
    clock.onFirstContent = () => {
      report.callsBeforeFirstFrame = boundary.calls;
      postFrames();
    };
    screen = await runCommand(command, {
      commandName: config.commandName,
      preferences: config.preferences,
      ...(config.arguments ? { arguments: config.arguments } : {}),
    });
    postFrames();
    report.steps.push(stepReport("launch", performance.now() - runStart, meter));

    const context: StepContext = {
      screen,
      clock,
      quietMs: config.quietMs,
      keystrokes: report.keystrokes,
      onKeystroke: (keystroke) => post({ kind: "keystroke", keystroke }),
      snapshots: report.snapshots,
    };
    for (const [index, step] of config.steps.entries()) {
      const label = describeStep(step);
      post({ kind: "step", index, label });
      const start = performance.now();
      await runStep(context, step);
      report.steps.push(stepReport(label, performance.now() - start, meter));
    }
    // The steady heap: once the UI has been still for a moment, what the command keeps. An idle worker collects
    // nothing (no allocation, no collection), so without a full collection first the figure would be the garbage the
    // last step happened to leave, which differs from run to run by more than the command holds.
    const settled = performance.now();
    await untilQuiet(clock, config.quietMs, settled, 10_000);
    report.steps.push(stepReport("settle", performance.now() - settled, meter));
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, config.steadyWindowMs));
    report.steadyHeapMB = meter.endWindow().low;
    frames();
    finish(report, meter, boundary.calls, screen);
    // Raycast unmounts the command when its window closes; what it writes on the way out is in the stores.
    await screen.unmount();
    post({ kind: "done", report });
  } catch (error) {
    frames();
    finish(report, meter, boundary.calls, screen);
    post({ kind: "failed", error: text(error), report });
  } finally {
    meter.stop();
    clock.dispose();
  }
}

function stepReport(label: string, ms: number, meter: HeapMeter): StepReport {
  const window = meter.endWindow();
  const step = { label, ms, peakHeapMB: window.peak, endHeapMB: usedHeapMB() };
  post({ kind: "stepDone", step });
  return step;
}

function finish(report: WorkerReport, meter: HeapMeter, calls: number, screen: Screen | undefined): void {
  meter.endWindow();
  report.peakHeapMB = meter.peak;
  report.calls = calls;
  try {
    report.screen = screen?.describe() ?? "(no screen)";
  } catch (error) {
    report.screen = `(the screen cannot be read: ${text(error)})`;
  }
  report.toasts = host.toasts.map((toast) => ({
    style: toast.style,
    title: toast.title,
    ...(toast.message ? { message: toast.message } : {}),
  }));
  for (const error of host.errors) report.hostErrors.push(`${error.source}: ${text(error.error)}`);
  const toast = toastView();
  if (toast && !report.toasts.length) report.toasts.push(toast);
}
