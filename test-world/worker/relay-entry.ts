import { MessageChannel, Worker } from "node:worker_threads";
import type { BoundaryAnswer, BoundaryRequest, LaunchConfig, WorkerMessage } from "./protocol";

/**
 * The process a worker runs in. V8 ends a worker that reaches its heap limit with ERR_WORKER_OUT_OF_MEMORY, unless
 * the allocation happens inside one long native call (the JSON.parse of a large SDK answer): then it aborts the whole
 * process ("FATAL ERROR: Reached heap limit"). So the worker does not run in the test's own process but in this one,
 * which only relays: the native boundary's bytes between the worker's MessagePort and the parent (IPC), and the
 * worker's messages to the parent. Its death then tells the parent what Raycast's user would see, a killed command.
 */

export type RelayStart = {
  kind: "start";
  workerFile: string;
  config: LaunchConfig;
  heapLimitMb: number;
  env: Record<string, string | undefined>;
};

/** Parent → relay. */
export type ToRelay = RelayStart | { kind: "answer"; answer: BoundaryAnswer };

/** Relay → parent. */
export type FromRelay =
  | { kind: "boundary"; request: BoundaryRequest }
  | { kind: "worker"; message: WorkerMessage }
  | { kind: "error"; code?: string; message: string }
  | { kind: "exit"; code: number };

function send(message: FromRelay): void {
  process.send?.(message);
}

function start(message: RelayStart): void {
  const channel = new MessageChannel();
  const worker = new Worker(message.workerFile, {
    workerData: { config: message.config, port: channel.port2 },
    transferList: [channel.port2],
    resourceLimits: { maxOldGenerationSizeMb: message.heapLimitMb },
    env: message.env,
  });
  channel.port1.on("message", (request: BoundaryRequest) => send({ kind: "boundary", request }));
  process.on("message", (next: ToRelay) => {
    if (next.kind !== "answer") return;
    const received = next.answer.bytes;
    if (!received) return channel.port1.postMessage(next.answer);
    // The received bytes may share memory with the IPC channel's own buffers: copy, then hand the copy over.
    const bytes = new Uint8Array(new ArrayBuffer(received.byteLength));
    bytes.set(received);
    channel.port1.postMessage({ id: next.answer.id, bytes } satisfies BoundaryAnswer, [bytes.buffer]);
  });
  worker.on("message", (workerMessage: WorkerMessage) => send({ kind: "worker", message: workerMessage }));
  worker.on("error", (error: Error & { code?: string }) =>
    send({ kind: "error", ...(error.code ? { code: error.code } : {}), message: error.stack ?? error.message }),
  );
  worker.on("exit", (code) => {
    const exit: FromRelay = { kind: "exit", code };
    process.send?.(exit, undefined, undefined, () => process.exit(0));
  });
}

process.once("message", (message: ToRelay) => {
  if (message.kind === "start") start(message);
});
