// `npm run lint`: what `ray lint` checks, without the network it needs (it looks the author up on raycast.com
// and downloads the manifest schema). Runs every step, prints each one's result, and fails if any failed:
// ESLint, Prettier, the manifest (scripts/check-manifest.js) and the icons (scripts/check-icon.js).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pngjs from "pngjs";
import manifestCheck from "./check-manifest.js";
import iconCheck from "./check-icon.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function runTool(args) {
  const result = spawnSync(npx, args, { cwd: root, stdio: "inherit" });
  if (result.error) console.error(`could not run ${args.join(" ")}: ${result.error.message}`);
  return result.status === 0;
}

function readManifest() {
  return JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
}

function lintManifest() {
  const problems = manifestCheck.checkManifest(readManifest(), {
    fileExists: (relativePath) => existsSync(join(root, relativePath)),
  });
  for (const { pointer, message } of problems) console.error(`  package.json ${pointer || "/"}: ${message}`);
  if (problems.length === 0) console.log("  package.json is a valid Raycast manifest");
  return problems.length === 0;
}

function lintIcons() {
  let ok = true;
  for (const { path, optional } of iconCheck.iconFiles(readManifest())) {
    const fullPath = join(root, path);
    if (!existsSync(fullPath)) {
      if (!optional) {
        console.error(`  ${path} does not exist`);
        ok = false;
      }
      continue;
    }
    const bytes = readFileSync(fullPath);
    let problem = iconCheck.checkIconBytes(bytes);
    if (!problem) {
      try {
        pngjs.PNG.sync.read(bytes);
      } catch (error) {
        problem = `cannot be decoded as a PNG (${error instanceof Error ? error.message : String(error)})`;
      }
    }
    if (problem) {
      console.error(`  ${path} ${problem}`);
      ok = false;
    } else {
      console.log(`  ${path} is a ${iconCheck.ICON_SIZE}×${iconCheck.ICON_SIZE} PNG`);
    }
  }
  return ok;
}

const steps = [
  ["ESLint", () => runTool(["eslint", "."])],
  ["Prettier", () => runTool(["prettier", "--check", "."])],
  ["Manifest", lintManifest],
  ["Icons", lintIcons],
];

const failed = [];
for (const [name, run] of steps) {
  console.log(`\n── ${name} ──`);
  let ok;
  try {
    ok = run();
  } catch (error) {
    console.error(`  ${error instanceof Error ? error.message : String(error)}`);
    ok = false;
  }
  console.log(ok ? `✔ ${name}` : `✖ ${name}`);
  if (!ok) failed.push(name);
}

console.log(failed.length === 0 ? "\nlint passed" : `\nlint failed: ${failed.join(", ")}`);
process.exitCode = failed.length === 0 ? 0 : 1;
