import { existsSync } from "node:fs";
import { join } from "node:path";
import { MessageChannel, Worker } from "node:worker_threads";
import { repoRoot } from "../host/repo";
import { DesktopApp, generateWorld, type DesktopAppOptions, type GeneratedWorld, type WorldOptions } from "../sim";
import { workerBundle } from "./build";
import { createStores, type PersistedStores } from "./disk-stores";
import type {
  BoundaryAnswer,
  BoundaryRequest,
  Keystroke,
  LaunchConfig,
  Snapshot,
  Step,
  StepReport,
  WorkerMessage,
  WorkerReport,
} from "./protocol";

/** Raycast 2.0's words when a command's worker runs out of heap. */
export const MEMORY_LIMIT_MESSAGE = "Command terminated after reaching the extension memory limit (100 MB JS heap)";
/** Raycast's limit on a command's JS heap (old generation), in MB. */
export const RAYCAST_HEAP_LIMIT_MB = 100;

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
   * Raycast's own runtime takes about 20 MB of the worker's heap; the host and the driver take less (see the baseline
   * figures). Set this to pad the worker with retained ballast up to that many MB before the command loads, so a
   * command dies where it would in Raycast. Default 0: no ballast, the host's own baseline.
   */
  runtimeHeapMb?: number;
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

export type LaunchOutcome = "survived" | "killed" | "failed" | "timed out";

/** One launch (one worker) of a run. Figures the worker never sent (it was killed) are absent. */
export interface LaunchResult extends Partial<WorkerReport> {
  outcome: LaunchOutcome;
  /** Raycast's message when killed; the failure otherwise. */
  error?: string;
  /** The step running when the launch ended early. */
  lastStep?: string;
  /** Highest heap the worker reported (for a killed launch: the last it could report before dying). */
  peakHeapMB: number;
  /** What the worker wrote on stdout/stderr outside the host's console capture. */
  output: string;
  keystrokes: Keystroke[];
  steps: StepReport[];
  snapshots: Snapshot[];
}

export interface WorkerRunResult {
  /** "survived" when every launch did; else the first launch's outcome that was not. */
  outcome: LaunchOutcome;
  error?: string;
  launches: LaunchResult[];
  /** Highest heap over all launches. */
  peakHeapMB: number;
  /** The last launch's steady heap (NaN when it did not get there). */
  steadyHeapMB: number;
  /** Every measured keystroke of every launch, in order. */
  keystrokes: Keystroke[];
  /** What the launches left in Cache and LocalStorage: pass to the next run for a warm launch. */
  stores: PersistedStores;
  /** The simulated app (its call log, its world), to reuse or inspect. */
  app: DesktopApp;
  world?: GeneratedWorld;
}

function splitLaunches(steps: readonly Step[]): Step[][] {
  const launches: Step[][] = [[]];
  for (const step of steps) {
    if ("relaunch" in step) launches.push([]);
    else launches[launches.length - 1]!.push(step);
  }
  return launches;
}

/** Answers the worker's native-boundary requests with the simulated app, bytes in and bytes out. */
function serveBoundary(app: DesktopApp) {
  const channel = new MessageChannel();
  channel.port1.on("message", (request: BoundaryRequest) => {
    app.sendMessage(request.bytes).then(
      (answer) => {
        const bytes = new Uint8Array(new ArrayBuffer(answer.byteLength));
        bytes.set(answer);
        const message: BoundaryAnswer = { id: request.id, bytes };
        channel.port1.postMessage(message, [bytes.buffer]);
      },
      (error: unknown) => channel.port1.postMessage({ id: request.id, error: String(error) } satisfies BoundaryAnswer),
    );
  });
  return channel;
}

function launchOnce(app: DesktopApp, config: LaunchConfig, options: WorkerRunOptions): Promise<LaunchResult> {
  const channel = serveBoundary(app);
  const worker = new Worker(workerBundle(), {
    workerData: { config, port: channel.port2 },
    transferList: [channel.port2],
    resourceLimits: { maxOldGenerationSizeMb: options.heapLimitMb ?? RAYCAST_HEAP_LIMIT_MB },
    env: { ...process.env, NODE_ENV: options.react ?? "production" },
    stdout: true,
    stderr: true,
  });
  let output = "";
  worker.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));

  return new Promise<LaunchResult>((resolve) => {
    let peakHeapMB = 0;
    let lastStep: string | undefined = "launch";
    let settled: Pick<LaunchResult, "outcome" | "error"> | undefined;
    let report: Partial<WorkerReport> = {};
    // What the worker sent as it went: all there is of a launch that dies before its report.
    const progress: Partial<WorkerReport> & Pick<WorkerReport, "steps" | "keystrokes"> = { steps: [], keystrokes: [] };
    const settle = (outcome: LaunchOutcome, error?: string) => {
      settled ??= { outcome, ...(error === undefined ? {} : { error }) };
    };
    const timer = setTimeout(() => {
      settle("timed out", `the launch did not finish within ${options.timeoutMs ?? 120_000} ms`);
      void worker.terminate();
    }, options.timeoutMs ?? 120_000);

    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "step") lastStep = message.label;
      else if (message.kind === "heap") peakHeapMB = Math.max(peakHeapMB, message.peakHeapMB);
      else if (message.kind === "stepDone") progress.steps.push(message.step);
      else if (message.kind === "keystroke") progress.keystrokes.push(message.keystroke);
      else if (message.kind === "frame") Object.assign(progress, message.frame);
      else if (message.kind === "done") {
        report = message.report;
        lastStep = undefined;
        settle("survived");
        void worker.terminate();
      } else {
        report = message.report ?? {};
        settle("failed", message.error);
        void worker.terminate();
      }
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") settle("killed", MEMORY_LIMIT_MESSAGE);
      else settle("failed", error.stack ?? error.message);
    });
    worker.on("exit", () => {
      clearTimeout(timer);
      channel.port1.close();
      const outcome = settled ?? { outcome: "failed" as const, error: "the worker exited without a report" };
      resolve({
        ...progress,
        ...report,
        ...outcome,
        ...(outcome.outcome === "survived" || lastStep === undefined ? {} : { lastStep }),
        peakHeapMB: Math.max(peakHeapMB, report.peakHeapMB ?? 0),
        keystrokes: report.keystrokes ?? progress.keystrokes,
        steps: report.steps ?? progress.steps,
        snapshots: report.snapshots ?? [],
        output,
      });
    });
  });
}

function seed(app: DesktopApp, world: WorkerRunOptions["world"]): GeneratedWorld | undefined {
  if (!world) return undefined;
  if (typeof world === "function") {
    world(app);
    return undefined;
  }
  return generateWorld(app, world);
}

/**
 * Runs a built command the way Raycast does: in a worker thread with a 100 MB JS heap, the headless host and the
 * driver beside it, the simulated 1Password app on this thread and only the native boundary's bytes in between.
 * The steps run in order; a `{ relaunch: true }` step ends the launch and starts a new worker over the stores the
 * previous one wrote. Never throws for what happens inside the worker: the result says survived, killed, failed or
 * timed out.
 */
export async function runInWorker(options: WorkerRunOptions): Promise<WorkerRunResult> {
  const app = options.app ?? new DesktopApp(options.appOptions);
  const world = seed(app, options.world);
  const stores = options.stores ?? createStores();
  const root = repoRoot();
  const commandFile = options.commandFile ?? join(root, "dist", `${options.command}.js`);
  if (!existsSync(commandFile)) throw new Error(`${commandFile} does not exist: run \`npm run build\` first`);
  const accounts = world?.accounts.map((account) => account.name).join(", ");
  const preferences = { ...(accounts ? { accounts } : {}), ...options.preferences };

  const launches: LaunchResult[] = [];
  for (const [index, steps] of splitLaunches(options.steps ?? []).entries()) {
    const config: LaunchConfig = {
      commandFile,
      commandName: options.command,
      preferences,
      ...(options.arguments ? { arguments: options.arguments } : {}),
      steps,
      storesDir: stores.dir,
      assetsPath: join(root, "dist", "assets"),
      sampleIntervalMs: options.sampleIntervalMs ?? 2,
      quietMs: options.quietMs ?? 40,
      steadyWindowMs: options.steadyWindowMs ?? 500,
      installed: app.installed,
      runtimeHeapMb: options.runtimeHeapMb ?? 0,
      launch: index,
    };
    const result = await launchOnce(app, config, options);
    launches.push(result);
    if (result.outcome !== "survived") break;
  }
  const failed = launches.find((launch) => launch.outcome !== "survived");
  const last = launches[launches.length - 1];
  return {
    outcome: failed?.outcome ?? "survived",
    ...(failed?.error ? { error: failed.error } : {}),
    launches,
    peakHeapMB: Math.max(...launches.map((launch) => launch.peakHeapMB)),
    steadyHeapMB: failed ? Number.NaN : (last?.steadyHeapMB ?? Number.NaN),
    keystrokes: launches.flatMap((launch) => launch.keystrokes),
    stores,
    app,
    ...(world ? { world } : {}),
  };
}

/** p50 / p95 / max of keystroke latencies (nearest rank), in ms. */
export function latencyStats(keystrokes: readonly Keystroke[]): { p50: number; p95: number; max: number } {
  const sorted = keystrokes.map((keystroke) => keystroke.ms).sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { p50: rank(50) ?? Number.NaN, p95: rank(95) ?? Number.NaN, max: sorted[sorted.length - 1] ?? Number.NaN };
}
