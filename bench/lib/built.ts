import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import { repoRoot } from "./repo";

/**
 * Running `dist/<command>.js` (what `ray build` wrote) outside Jest: the bundle requires "@raycast/api", which plain
 * Node would resolve to the real package (types and CLI only); here it must be the headless host that this
 * benchmark bundle carries, so that the host state the benchmark reads is the one the command writes.
 */

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

let routed: unknown;
let installed = false;

/** Makes every later `require("@raycast/api")` return `api` (the host module, or a probe around it). */
export function routeRaycastApiTo(api: unknown): void {
  routed = api;
  if (installed) return;
  installed = true;
  const original = moduleInternals._load;
  moduleInternals._load = function load(this: unknown, request, parent, isMain) {
    if (request === "@raycast/api") return routed;
    return original.call(this, request, parent, isMain);
  };
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export interface BuildState {
  /** What happened: "up to date", "built", or why the existing (stale) files are used. */
  note: string;
}

/**
 * Makes sure dist/ holds the commands, built from the current sources: builds when a command file is missing or
 * older than src/ or package.json (`ray build` takes a few seconds). A failed build over existing files keeps them
 * and says so; a failed build with files missing throws.
 */
export function ensureBuilt(commands: readonly string[]): BuildState {
  const root = repoRoot();
  const files = commands.map((command) => join(root, "dist", `${command}.js`));
  const missing = files.filter((file) => !existsSync(file));
  const sourcesChanged =
    missing.length === 0 &&
    Math.max(newestMtime(join(root, "src")), newestMtime(join(root, "package.json"))) >
      Math.min(...files.map((file) => statSync(file).mtimeMs));
  if (missing.length === 0 && !sourcesChanged) return { note: "dist up to date" };
  process.stderr.write(`dist is ${missing.length ? "missing" : "older than src"}: npx ray build -e dist -o dist\n`);
  const build = spawnSync("npx", ["ray", "build", "-e", "dist", "-o", "dist"], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (build.status === 0) return { note: "dist built" };
  const output = `${build.stdout ?? ""}\n${build.stderr ?? ""}`.trim().split("\n").slice(-15).join("\n");
  if (files.some((file) => !existsSync(file))) throw new Error(`ray build failed:\n${output}`);
  process.stderr.write(`ray build failed; measuring the existing, older dist files:\n${output}\n`);
  return { note: "ray build failed: stale dist" };
}
