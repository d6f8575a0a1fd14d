import fs from "node:fs";
import type { MessagePort } from "node:worker_threads";
import { libraryPaths } from "../sim/boundary";
import type { BoundaryAnswer, BoundaryRequest } from "./protocol";

type ExistsSync = (p: fs.PathLike) => boolean;
type Dlopen = (module: object, filename: string, flags?: number) => void;

export interface PortBoundary {
  /** Requests sent so far. */
  readonly calls: number;
}

/**
 * The native library the SDK loads, inside the worker: `sendMessage(buf)` posts the request bytes on `port` and
 * resolves with the answer bytes the parent's simulated app sent back. Nothing else crosses, so the worker holds
 * what Raycast's worker would (the SDK and its decoding), never the app's data. Patched exactly where
 * test/sim/boundary.ts patches in-process: `fs.existsSync` for the library path and `process.dlopen`.
 */
export function installPortBoundary(port: MessagePort, installed: boolean): PortBoundary {
  const paths = libraryPaths(process.platform);
  const libPath = paths[0] as string;
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const state = { calls: 0 };

  port.on("message", (answer: BoundaryAnswer) => {
    const waiting = pending.get(answer.id);
    if (!waiting) return;
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

  const fsModule = fs as unknown as { existsSync: ExistsSync };
  const proc = process as unknown as { dlopen: Dlopen };
  const originalExists = fsModule.existsSync;
  const originalDlopen = proc.dlopen;
  fsModule.existsSync = (p) => {
    const asked = String(p);
    if (paths.includes(asked)) return installed && asked === libPath;
    return originalExists(p);
  };
  proc.dlopen = (module, filename, flags) => {
    if (filename === libPath && installed) {
      (module as { exports: unknown }).exports = { sendMessage };
      return;
    }
    originalDlopen.call(process, module, filename, flags);
  };
  return state;
}
