import * as fs from "node:fs";
import * as path from "node:path";

/** The slice of package.json the host reads: commands, their arguments and the preferences with defaults. */
export interface ManifestPreference {
  name: string;
  type: string;
  required?: boolean;
  default?: unknown;
}

export interface ManifestCommand {
  name: string;
  title: string;
  mode: "view" | "no-view" | "menu-bar";
  /** Background refresh: "10s", "5m", "1h", "1d". */
  interval?: string;
  arguments?: { name: string; required?: boolean }[];
  preferences?: ManifestPreference[];
}

export interface ManifestTool {
  name: string;
  title: string;
  description: string;
}

export interface Manifest {
  name: string;
  title: string;
  author?: string;
  owner?: string;
  commands: ManifestCommand[];
  tools?: ManifestTool[];
  preferences?: ManifestPreference[];
}

const EXTENSION_NAME = "1password-secrets";

function isRepoRoot(dir: string): boolean {
  const file = path.join(dir, "package.json");
  if (!fs.existsSync(file)) return false;
  try {
    return (JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string }).name === EXTENSION_NAME;
  } catch {
    return false;
  }
}

function searchUp(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (isRepoRoot(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let cachedRoot: string | undefined;

/**
 * The repository root. Found from this file's location, or from the working directory when the host is bundled
 * elsewhere (benchmarks); RAYCAST_HOST_REPO overrides both.
 */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  const found = process.env.RAYCAST_HOST_REPO ?? searchUp(__dirname) ?? searchUp(process.cwd());
  if (!found) throw new Error(`@raycast/api stand-in: cannot find the ${EXTENSION_NAME} repository root`);
  cachedRoot = found;
  return found;
}

let cachedManifest: Manifest | undefined;

export function manifest(): Manifest {
  cachedManifest ??= JSON.parse(fs.readFileSync(path.join(repoRoot(), "package.json"), "utf8")) as Manifest;
  return cachedManifest;
}

export function manifestCommand(name: string): ManifestCommand | undefined {
  return manifest().commands.find((command) => command.name === name);
}

export function manifestTool(name: string): ManifestTool | undefined {
  return manifest().tools?.find((tool) => tool.name === name);
}
