import { existsSync } from "node:fs";
import { join } from "node:path";
import { fork } from "node:child_process";
import { repoRoot } from "../host/repo";
import { DesktopApp, generateWorld, type DesktopAppOptions, type GeneratedWorld, type WorldOptions } from "../sim";
import { relayBundle, workerBundle } from "./build";
import { createStores, type PersistedStores } from "./disk-stores";
import type { FromRelay, ToRelay } from "./relay-entry";
import type {
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
   * Raycast's own runtime takes about 20 MB of the worker's heap; the host and the driver take less (their baseline is
   * reported). This many MB of retained ballast are added before the command loads, so that a command dies where it
   * would in Raycast (e.g. 20 minus the host's baseline). Default 0: the host's own baseline only.
   */
  ballastMb?: number;
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
  /** Highest heap of the launch; for a killed launch the heap limit (it died of it), at least. */
  peakHeapMB: number;
  /** Highest heap the worker itself reported: for a killed launch, the last it could report before dying. */
  reportedPeakHeapMB: number;
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

/** Why V8 aborts a whole process when a worker's heap runs out inside one long native call. */
const FATAL_OUT_OF_MEMORY = /Reached heap limit|JavaScript heap out of memory/;

/**
 * One launch: a relay process (relay-entry.ts) starts the Worker; this side answers its native-boundary requests
 * with the simulated app, bytes in and bytes out, and collects what the worker reports.
 */
function launchOnce(app: DesktopApp, config: LaunchConfig, options: WorkerRunOptions): Promise<LaunchResult> {
  const relay = fork(relayBundle(), [], {
    serialization: "advanced",
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    execArgv: [],
  });
  let output = "";
  relay.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  relay.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const send = (message: ToRelay) => {
    if (relay.connected) relay.send(message);
  };
  send({
    kind: "start",
    workerFile: workerBundle(),
    config,
    heapLimitMb: options.heapLimitMb ?? RAYCAST_HEAP_LIMIT_MB,
    env: { ...process.env, NODE_ENV: options.react ?? "production" },
  });

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
    const end = () => relay.kill("SIGKILL");
    const timer = setTimeout(() => {
      settle("timed out", `the launch did not finish within ${options.timeoutMs ?? 120_000} ms`);
      end();
    }, options.timeoutMs ?? 120_000);

    const onWorkerMessage = (message: WorkerMessage) => {
      if (message.kind === "step") lastStep = message.label;
      else if (message.kind === "heap") peakHeapMB = Math.max(peakHeapMB, message.peakHeapMB);
      else if (message.kind === "stepDone") progress.steps.push(message.step);
      else if (message.kind === "keystroke") progress.keystrokes.push(message.keystroke);
      else if (message.kind === "frame") Object.assign(progress, message.frame);
      else if (message.kind === "done") {
        report = message.report;
        lastStep = undefined;
        settle("survived");
        end();
      } else {
        report = message.report ?? {};
        settle("failed", message.error);
        end();
      }
    };
    const answer = (request: BoundaryRequest) => {
      app.sendMessage(request.bytes).then(
        (bytes) => send({ kind: "answer", answer: { id: request.id, bytes } }),
        (error: unknown) => send({ kind: "answer", answer: { id: request.id, error: String(error) } }),
      );
    };
    relay.on("message", (message: FromRelay) => {
      if (message.kind === "boundary") answer(message.request);
      else if (message.kind === "worker") onWorkerMessage(message.message);
      else if (message.kind === "error") {
        if (message.code === "ERR_WORKER_OUT_OF_MEMORY") settle("killed", MEMORY_LIMIT_MESSAGE);
        else settle("failed", message.message);
      } else if (message.code !== 0) settle("failed", `the worker exited with code ${message.code}`);
    });
    relay.on("exit", (code, signal) => {
      clearTimeout(timer);
      // The worker took its process down with it: V8's fatal out-of-memory, inside one long native call.
      if (FATAL_OUT_OF_MEMORY.test(output)) settle("killed", MEMORY_LIMIT_MESSAGE);
      const outcome = settled ?? {
        outcome: "failed" as const,
        error: `the worker's process ended (${signal ?? `exit code ${code}`}) without a report`,
      };
      resolve({
        ...progress,
        ...report,
        ...outcome,
        ...(outcome.outcome === "survived" || lastStep === undefined ? {} : { lastStep }),
        peakHeapMB: Math.max(
          peakHeapMB,
          report.peakHeapMB ?? 0,
          outcome.outcome === "killed" ? (options.heapLimitMb ?? RAYCAST_HEAP_LIMIT_MB) : 0,
        ),
        reportedPeakHeapMB: Math.max(peakHeapMB, report.peakHeapMB ?? 0),
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
      ballastMb: options.ballastMb ?? 0,
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
