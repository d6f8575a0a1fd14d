import fs from "node:fs";
import type { DesktopApp } from "./app";
import { desktopLibraryPaths } from "../../src/onepassword/desktop-library";

/**
 * Where the SDK looks for the desktop app's native library, first existing path wins: the extension's own list, which
 * test/first-contact/desktop-library.test.ts holds to the SDK's shared_lib_core.js. The simulator answers for the first
 * one; when "not installed" it says none exists, so a real 1Password install on the developer's machine cannot leak
 * into a test.
 */
export function libraryPaths(platform: NodeJS.Platform): string[] {
  const paths = desktopLibraryPaths(platform);
  if (paths.length === 0) throw new Error(`the 1Password SDK does not support platform ${platform}`);
  return paths;
}

type ExistsSync = (p: fs.PathLike) => boolean;
type Dlopen = (module: object, filename: string, flags?: number) => void;
type SendMessage = (buf: Uint8Array) => Promise<Uint8Array>;

let installedApp: DesktopApp | undefined;

/**
 * Where the SDK meets the native library: `fs.existsSync` (patched on the shared `fs` module object, which the SDK
 * reads through its import helper) answers for the platform's library paths, and `process.dlopen` of the first one
 * hands the SDK `sendMessage` as the library. Used in-process (the simulated app's own sendMessage) and inside the
 * worker runner (a MessagePort to the app on the parent thread). Returns the undo function.
 */
export function patchNativeLibrary(
  platform: NodeJS.Platform,
  installed: () => boolean,
  sendMessage: SendMessage,
  /** false: the library is there but does not load (a damaged install, a host that refuses its signature). */
  loads: () => boolean = () => true,
): () => void {
  const paths = libraryPaths(platform);
  const libPath = paths[0] as string;
  const fsModule = fs as unknown as { existsSync: ExistsSync };
  const proc = process as unknown as { dlopen: Dlopen };
  const originalExists = fsModule.existsSync;
  const originalDlopen = proc.dlopen;

  fsModule.existsSync = (p) => {
    const asked = String(p);
    if (paths.includes(asked)) return installed() && asked === libPath;
    return originalExists(p);
  };
  proc.dlopen = (module, filename, flags) => {
    if (filename === libPath && installed()) {
      if (!loads()) throw new Error(`dlopen(${filename}): code signature not valid for use in process`);
      (module as { exports: unknown }).exports = { sendMessage };
      return;
    }
    originalDlopen.call(process, module, filename, flags);
  };
  return () => {
    fsModule.existsSync = originalExists;
    proc.dlopen = originalDlopen;
  };
}

/** Installs `app` at the native boundary, in this process; returns the undo function. */
export function patchBoundary(app: DesktopApp): () => void {
  if (installedApp) throw new Error("a simulated 1Password app is already installed: uninstall it first");
  const undo = patchNativeLibrary(
    app.platform,
    () => app.installed,
    app.sendMessage,
    () => app.libraryLoads,
  );
  installedApp = app;
  return () => {
    undo();
    installedApp = undefined;
  };
}
