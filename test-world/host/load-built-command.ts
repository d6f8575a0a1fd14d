import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./repo";
import type { ToolModule } from "./driver/run-tool";
import type { CommandModule } from "./records";
import { host } from "./state";

type ModuleFactory = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
) => void;

/**
 * Loads `dist/<name>.js` as `ray build` wrote it (CommonJS requiring "@raycast/api" and "react", both resolved to
 * the host and the project's React) and points environment.assetsPath at `dist/assets`.
 *
 * Every call evaluates the file anew, as Raycast does: each launch runs in a fresh worker, so nothing a previous
 * launch left in the bundle's module state (a client of an earlier 1Password app, a memo) survives into the next.
 * The file is compiled in the test's own realm (the `Function` of this context), so it sees the same globals,
 * timers and host as the test.
 */
export function loadBuiltCommand(name: string): CommandModule {
  return evaluateBuiltFile(path.join(repoRoot(), "dist", `${name}.js`)) as CommandModule;
}

/** Loads `dist/tools/<name>.js`, the file `ray build` writes for each manifest tool, like loadBuiltCommand. */
export function loadBuiltTool(name: string): ToolModule {
  return evaluateBuiltFile(path.join(repoRoot(), "dist", "tools", `${name}.js`)) as ToolModule;
}

function evaluateBuiltFile(file: string): object {
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(repoRoot(), file)} does not exist: run \`npm run build\` before the built-bundle tests`,
    );
  }
  host.setAssetsPath(path.join(repoRoot(), "dist", "assets"));
  const factory = new Function(
    "exports",
    "require",
    "module",
    "__filename",
    "__dirname",
    `${fs.readFileSync(file, "utf8")}\n//# sourceURL=${file}`,
  ) as ModuleFactory;
  const module = { exports: {} };
  // This module's require resolves "@raycast/api" to the host (jest's moduleNameMapper) and "react" to the
  // project's React; the bundle requires nothing relative.
  factory.call(module.exports, module.exports, require, module, file, path.dirname(file));
  return module.exports;
}
