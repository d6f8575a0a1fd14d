import type { MessagePort } from "node:worker_threads";
import { patchNativeLibrary } from "../sim/boundary";
import type { BoundaryAnswer, BoundaryRequest } from "./protocol";

export interface PortBoundary {
  /** Requests sent so far. */
  readonly calls: number;
  /** performance.now() when the first answer came: the SDK's first call creates its client (access granted). */
  readonly firstAnswerAt: number | undefined;
}

/**
 * The native library the SDK loads, inside the worker: `sendMessage(buf)` posts the request bytes on `port` and
 * resolves with the answer bytes the parent's simulated app sent back. Nothing else crosses, so the worker holds
 * what Raycast's worker would (the SDK and its decoding), never the app's data. Patched exactly where
 * test-world/sim/boundary.ts patches in-process: `fs.existsSync` for the library path and `process.dlopen`.
 */
export function installPortBoundary(port: MessagePort, installed: boolean): PortBoundary {
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const state: { calls: number; firstAnswerAt: number | undefined } = { calls: 0, firstAnswerAt: undefined };

  port.on("message", (answer: BoundaryAnswer) => {
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    state.firstAnswerAt ??= performance.now();
    pending.delete(answer.id);
    if (answer.bytes) waiting.resolve(answer.bytes);
    else waiting.reject(new Error(answer.error ?? "the simulated app gave no answer"));
  });
  // Raycast's worker stays alive while the native library holds a call; an idle port must not.
  port.unref();

  const sendMessage = (buf: Uint8Array): Promise<Uint8Array> => {
    const id = nextId++;
    state.calls += 1;
    return new Promise<Uint8Array>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      port.ref();
      const bytes = new Uint8Array(new ArrayBuffer(buf.byteLength));
      bytes.set(buf);
      const request: BoundaryRequest = { id, bytes };
      port.postMessage(request, [bytes.buffer]);
    }).finally(() => {
      if (pending.size === 0) port.unref();
    });
  };

  patchNativeLibrary(process.platform, () => installed, sendMessage);
  return state;
}
