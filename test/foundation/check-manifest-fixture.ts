/** Set-up shared by the check-manifest tests: a good manifest, a copy of it with one thing broken, and the check. */
import { checkManifest, type ManifestProblem } from "../../scripts/check-manifest";

export type Json = Record<string, unknown>;

/** A small manifest that passes every check; each bad case in the check-manifest tests breaks one thing in a copy of it. */
export function goodManifest(): Json {
  return {
    name: "sample-extension",
    title: "Sample Extension",
    description: "Does a thing.",
    icon: "icon.png",
    author: "someone",
    license: "MIT",
    categories: ["Security"],
    platforms: ["macOS", "Windows"],
    commands: [
      {
        name: "search-things",
        title: "Search Things",
        description: "Search them.",
        mode: "view",
        arguments: [{ name: "query", placeholder: "Thing Name", type: "text", required: false }],
      },
      {
        name: "tidy-up",
        title: "Tidy Up",
        description: "Runs in the background.",
        mode: "no-view",
        interval: "1m",
      },
    ],
    preferences: [
      { name: "token", title: "API Token", description: "Yours.", type: "password", required: true },
      {
        name: "delay",
        title: "Clear Clipboard After",
        description: "Seconds.",
        type: "dropdown",
        required: false,
        default: "30",
        data: [
          { title: "30 Seconds", value: "30" },
          { title: "Copy to Clipboard", value: "copy" },
        ],
      },
      {
        name: "close",
        title: "After Copying",
        label: "Close window",
        description: "Close.",
        type: "checkbox",
        required: false,
        default: true,
      },
    ],
  };
}

export const existing = new Set(["assets/icon.png", "src/search-things.tsx", "src/tidy-up.ts"]);
const fileExists = (path: string) => existing.has(path);

export function check(manifest: unknown, exists: (path: string) => boolean = fileExists): ManifestProblem[] {
  return checkManifest(manifest, { fileExists: exists });
}

export type Editable = Json & { commands: Json[]; preferences: Json[] };

/** A copy of the good manifest changed by `edit`. */
export function broken(edit: (manifest: Editable) => void): Json {
  const manifest = structuredClone(goodManifest()) as Editable;
  edit(manifest);
  return manifest;
}

export function pointers(problems: ManifestProblem[]): string[] {
  return problems.map((problem) => problem.pointer);
}
