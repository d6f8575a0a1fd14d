import { spawnSync } from "node:child_process";
import { repoRoot } from "./repo";

/**
 * Some figures need a process of their own: memory of a command's process without the simulator and the SDK in it,
 * or a command's cold start. A benchmark re-runs its own bundle with `--child <role> [args…]`; the child prints one
 * line `CHILD-RESULT <json>` and the parent reads it back.
 */
const CHILD_FLAG = "--child";
const RESULT_PREFIX = "CHILD-RESULT ";

/** The role and arguments when this process is a child, undefined in the parent. */
export function childRole(): { role: string; args: string[] } | undefined {
  const at = process.argv.indexOf(CHILD_FLAG);
  const role = at >= 0 ? process.argv[at + 1] : undefined;
  return role === undefined ? undefined : { role, args: process.argv.slice(at + 2) };
}

export function sendResult(result: unknown): void {
  process.stdout.write(RESULT_PREFIX + JSON.stringify(result) + "\n");
}

export interface ChildOptions {
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Runs this same bundle as a child with `--expose-gc` and returns its result; its other output goes to stderr. */
export function runChild<T>(role: string, args: readonly string[] = [], options: ChildOptions = {}): T {
  const script = process.argv[1];
  if (!script) throw new Error("bench: cannot tell which bundle is running");
  const child = spawnSync(process.execPath, ["--expose-gc", script, CHILD_FLAG, role, ...args], {
    cwd: repoRoot(),
    encoding: "utf8",
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...options.env },
  });
  let result: T | undefined;
  for (const line of (child.stdout ?? "").split("\n")) {
    if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
    else if (line.trim()) process.stderr.write(`[${role}] ${line}\n`);
  }
  if (child.stderr?.trim()) process.stderr.write(`[${role}] ${child.stderr.trim()}\n`);
  if (result === undefined) {
    const why = child.error ? child.error.message : `exit code ${child.status ?? child.signal}`;
    throw new Error(`bench child "${role}" gave no result (${why})`);
  }
  return result;
}

/** Bytes to MB (MiB), the unit of memory figures reported by a child. */
export function mb(bytes: number): number {
  return bytes / 1024 / 1024;
}
