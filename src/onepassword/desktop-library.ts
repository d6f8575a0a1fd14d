import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * Where the SDK looks for the desktop app's library, in its order (`find1PasswordLibPath` in the SDK's
 * shared_lib_core.js; a test holds this list to that file). Check Connection looks at the same places, so it can say
 * "not installed" before anything else is tried.
 */
export function desktopLibraryPaths(platform: NodeJS.Platform = process.platform, home = os.homedir()): string[] {
  switch (platform) {
    case "darwin":
      return [
        "/Applications/1Password.app/Contents/Frameworks/libop_sdk_ipc_client.dylib",
        path.join(home, "/Applications/1Password.app/Contents/Frameworks/libop_sdk_ipc_client.dylib"),
      ];
    case "linux":
      return [
        "/usr/bin/1password/libop_sdk_ipc_client.so",
        "/opt/1Password/libop_sdk_ipc_client.so",
        "/snap/bin/1password/libop_sdk_ipc_client.so",
      ];
    case "win32":
      return [
        path.join(home, "/AppData/Local/1Password/op_sdk_ipc_client.dll"),
        "C:/Program Files/1Password/app/8/op_sdk_ipc_client.dll",
        "C:/Program Files (x86)/1Password/app/8/op_sdk_ipc_client.dll",
        path.join(home, "/AppData/Local/1Password/app/8/op_sdk_ipc_client.dll"),
      ];
    default:
      return [];
  }
}

/** The library the SDK would load, or undefined when none of its places holds one. */
export function findDesktopLibrary(): string | undefined {
  // fs.existsSync through the module object, as the SDK reads it, so both see the same answer.
  return desktopLibraryPaths().find((candidate) => fs.existsSync(candidate));
}

/** A path for a report: the home folder (which names the person) as "~". */
export function withoutHome(text: string, home = os.homedir()): string {
  return home.length > 1 ? text.split(home).join("~") : text;
}
