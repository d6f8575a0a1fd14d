import { fork } from "node:child_process";
import type { DesktopApp } from "../sim";
import { relayBundle, workerBundle } from "./build";
import type { BoundaryRequest, LaunchConfig, WorkerMessage, WorkerReport } from "./protocol";
import type { FromRelay, ToRelay } from "./relay-entry";
import { MEMORY_LIMIT_MESSAGE, RAYCAST_HEAP_LIMIT_MB, type WorkerRunOptions } from "./run-options";
import type { LaunchOutcome, LaunchResult } from "./run-results";

/** Why V8 aborts a whole process when a worker's heap runs out inside one long native call. */
const FATAL_OUT_OF_MEMORY = /Reached heap limit|JavaScript heap out of memory/;

/**
 * One launch: a relay process (relay-entry.ts) starts the Worker; this side answers its native-boundary requests
 * with the simulated app, bytes in and bytes out, and collects what the worker reports.
 */
export function launchOnce(app: DesktopApp, config: LaunchConfig, options: WorkerRunOptions): Promise<LaunchResult> {
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
