import { workerData, type MessagePort } from "node:worker_threads";
import { usedHeapMB } from "./heap-meter";
import type { LaunchConfig } from "./protocol";

/**
 * The worker's script (bundled by build.ts). It reads the heap of the bare worker first, then loads the host, the
 * driver and the command.
 */
const startHeapMB = usedHeapMB();
const { config, port } = workerData as { config: LaunchConfig; port: MessagePort };
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the heap of the bare worker is read
const { runLaunch } = require("./launch") as typeof import("./launch");
void runLaunch(config, port, startHeapMB);
