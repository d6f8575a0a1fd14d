import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DesktopApp } from "./app";

/**
 * Where the SDK looks for the desktop app's native library (shared_lib_core.js of @1password/sdk 0.5.0), first
 * existing path wins. The simulator answers for the first one; when "not installed" it says none exists, so a
 * real 1Password install on the developer's machine cannot leak into a test.
 */
export function libraryPaths(platform: NodeJS.Platform): string[] {
  switch (platform) {
    case "darwin":
      return [
        "/Applications/1Password.app/Contents/Frameworks/libop_sdk_ipc_client.dylib",
        path.join(os.homedir(), "/Applications/1Password.app/Contents/Frameworks/libop_sdk_ipc_client.dylib"),
      ];
    case "linux":
      return [
        "/usr/bin/1password/libop_sdk_ipc_client.so",
        "/opt/1Password/libop_sdk_ipc_client.so",
        "/snap/bin/1password/libop_sdk_ipc_client.so",
      ];
    case "win32":
      return [
        path.join(os.homedir(), "/AppData/Local/1Password/op_sdk_ipc_client.dll"),
        "C:/Program Files/1Password/app/8/op_sdk_ipc_client.dll",
        "C:/Program Files (x86)/1Password/app/8/op_sdk_ipc_client.dll",
        path.join(os.homedir(), "/AppData/Local/1Password/app/8/op_sdk_ipc_client.dll"),
      ];
    default:
      throw new Error(`the 1Password SDK does not support platform ${platform}`);
  }
}

type ExistsSync = (p: fs.PathLike) => boolean;
type Dlopen = (module: object, filename: string, flags?: number) => void;

let installedApp: DesktopApp | undefined;

/**
 * Patches `fs.existsSync` (on the shared `fs` module object, which the SDK reads through its import helper) and
 * `process.dlopen` so the SDK loads `app.sendMessage` as its native library. Returns the undo function.
 */
export function patchBoundary(app: DesktopApp): () => void {
  if (installedApp) throw new Error("a simulated 1Password app is already installed: uninstall it first");
  const paths = libraryPaths(app.platform);
  const libPath = paths[0] as string;
  const fsModule = fs as unknown as { existsSync: ExistsSync };
  const proc = process as unknown as { dlopen: Dlopen };
  const originalExists = fsModule.existsSync;
  const originalDlopen = proc.dlopen;

  fsModule.existsSync = (p) => {
    const asked = String(p);
    if (paths.includes(asked)) return app.installed && asked === libPath;
    return originalExists(p);
  };
  proc.dlopen = (module, filename, flags) => {
    if (filename === libPath && app.installed) {
      (module as { exports: unknown }).exports = { sendMessage: app.sendMessage };
      return;
    }
    originalDlopen.call(process, module, filename, flags);
  };
  installedApp = app;

  return () => {
    fsModule.existsSync = originalExists;
    proc.dlopen = originalDlopen;
    installedApp = undefined;
  };
}
