import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./repo";
import type { ToolModule } from "./driver/run-tool";
import { host, type CommandModule } from "./state";

/**
 * Loads `dist/<name>.js` as `ray build` wrote it (CommonJS requiring "@raycast/api" and "react", both resolved to
 * the host and the project's React) and points environment.assetsPath at `dist/assets`.
 */
export function loadBuiltCommand(name: string): CommandModule {
  const file = path.join(repoRoot(), "dist", `${name}.js`);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(repoRoot(), file)} does not exist: run \`npm run build\` before the built-bundle tests`,
    );
  }
  host.setAssetsPath(path.join(repoRoot(), "dist", "assets"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is CommonJS, loaded at run time
  return require(file) as CommandModule;
}

/** Loads `dist/tools/<name>.js`, the file `ray build` writes for each manifest tool, like loadBuiltCommand. */
export function loadBuiltTool(name: string): ToolModule {
  const file = path.join(repoRoot(), "dist", "tools", `${name}.js`);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(repoRoot(), file)} does not exist: run \`npm run build\` before the built-bundle tests`,
    );
  }
  host.setAssetsPath(path.join(repoRoot(), "dist", "assets"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is CommonJS, loaded at run time
  return require(file) as ToolModule;
}
