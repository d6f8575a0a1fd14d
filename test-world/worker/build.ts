import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { repoRoot } from "../host/repo";

/**
 * A Worker runs plain Node: no Jest transform, no moduleNameMapper. The worker's side (host, driver, boundary) is
 * TypeScript, so it is bundled with esbuild's CLI (the CLI works the same from Jest and from a bundled benchmark).
 * Bundles live in node_modules/.cache/worker-runner/ so that `react` resolves from the project's node_modules, one
 * per process (removed at exit), built at most once per process.
 */

const built = new Map<string, string>();

function cacheDir(): string {
  const dir = join(repoRoot(), "node_modules", ".cache", "worker-runner");
  mkdirSync(dir, { recursive: true });
  return dir;
}

function esbuild(entry: string, outfile: string, extra: string[]): void {
  const bin = join(repoRoot(), "node_modules", ".bin", process.platform === "win32" ? "esbuild.cmd" : "esbuild");
  execFileSync(
    bin,
    [
      entry,
      "--bundle",
      "--platform=node",
      "--format=cjs",
      "--target=node20",
      "--jsx=automatic",
      "--log-level=warning",
      `--outfile=${outfile}`,
      // One React for the host, the command and the renderer: the project's, as Raycast provides its own.
      "--external:react",
      "--external:react/*",
      ...extra,
    ],
    { cwd: repoRoot(), stdio: ["ignore", "ignore", "pipe"] },
  );
  process.once("exit", () => rmSync(outfile, { force: true }));
}

function once(key: string, make: () => string): string {
  let file = built.get(key);
  if (!file) {
    file = make();
    built.set(key, file);
  }
  return file;
}

/** The worker's script: test-world/worker/worker-entry.ts with the host and the driver. */
export function workerBundle(): string {
  return once("worker", () => {
    const outfile = join(cacheDir(), `worker-${process.pid}.cjs`);
    esbuild(join(repoRoot(), "test-world", "worker", "worker-entry.ts"), outfile, [
      "--external:react-reconciler",
      "--external:react-reconciler/*",
    ]);
    return outfile;
  });
}

/** The process a worker runs in (test-world/worker/relay-entry.ts): node built-ins only. */
export function relayBundle(): string {
  return once("relay", () => {
    const outfile = join(cacheDir(), `relay-${process.pid}.cjs`);
    esbuild(join(repoRoot(), "test-world", "worker", "relay-entry.ts"), outfile, []);
    return outfile;
  });
}

/**
 * Builds a command file the way `ray build` does (CommonJS, `@raycast/api` and `react` left external), for test
 * fixtures and benchmark-only commands. `entry` is a path inside the repository.
 */
export function buildCommandFile(entry: string): string {
  return once(entry, () => {
    const outfile = join(cacheDir(), `${basename(entry, extname(entry))}-${process.pid}.cjs`);
    esbuild(entry, outfile, ["--external:@raycast/api"]);
    return outfile;
  });
}
