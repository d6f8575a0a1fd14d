import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const EXTENSION_NAME = "1password-secrets";

let cached: string | undefined;

/**
 * The repository root, found from the working directory: a bundled benchmark runs from node_modules/.cache/bench/,
 * so `__dirname` says nothing useful, while bench/run.mjs starts every benchmark with the root as its cwd.
 */
export function repoRoot(): string {
  if (cached) return cached;
  for (let dir = resolve(process.cwd()); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === EXTENSION_NAME) {
          cached = dir;
          return dir;
        }
      } catch {
        // Not ours: keep going up.
      }
    }
    if (dirname(dir) === dir) throw new Error(`bench: run from inside the ${EXTENSION_NAME} repository`);
  }
}
