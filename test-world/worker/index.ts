/** Running built commands the way Raycast does: a worker thread with a 100 MB JS heap. See test-world/README.md. */
export {
  MEMORY_LIMIT_MESSAGE,
  RAYCAST_HEAP_LIMIT_MB,
  RAYCAST_RUNTIME_MB,
  latencyStats,
  runInWorker,
  type LaunchOutcome,
  type LaunchResult,
  type WorkerRunOptions,
  type WorkerRunResult,
} from "./run-in-worker";
export { buildCommandFile } from "./build";
export { createStores, readStores, removeStores, type PersistedStores, type StoresContent } from "./disk-stores";
export type { Keystroke, Snapshot, Step, StepReport, WaitTarget } from "./protocol";
