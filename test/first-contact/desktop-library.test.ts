import { readFileSync } from "node:fs";
import { join } from "node:path";
import { desktopLibraryPaths, withoutHome } from "../../src/onepassword/desktop-library";
import { repoRoot } from "../../test-world/host/repo";

/**
 * Check Connection looks for 1Password's library where the SDK does: the same places, in the same order, for each
 * platform, as the installed SDK's find1PasswordLibPath lists them.
 */
const sdkSource = readFileSync(
  join(repoRoot(), "node_modules", "@1password", "sdk", "dist", "shared_lib_core.js"),
  "utf8",
);

/** The SDK's list for one platform: the string literals between its `case "<platform>":` and the next `break`. */
function sdkPaths(platform: string, home: string): string[] {
  const start = sdkSource.indexOf(`case "${platform}":`);
  const block = sdkSource.slice(start, sdkSource.indexOf("break;", start));
  return [...block.matchAll(/(path\.join\(os\.homedir\(\), )?"([^"]+)"\)?/g)]
    .filter((match) => match[2] !== platform)
    .map((match) => (match[1] ? join(home, match[2] as string) : (match[2] as string)));
}

test.each(["darwin", "linux", "win32"] as const)("%s: the SDK's places, in its order", (platform) => {
  const home = "/home/someone";
  expect(desktopLibraryPaths(platform, home)).toEqual(sdkPaths(platform, home));
  expect(desktopLibraryPaths(platform, home).length).toBeGreaterThan(1);
});

test("a platform the SDK does not support has no places", () => {
  expect(desktopLibraryPaths("aix", "/home/someone")).toEqual([]);
});

test("a path in a report names no person: the home folder is written ~", () => {
  expect(withoutHome("/Users/jane/Applications/1Password.app/x.dylib", "/Users/jane")).toBe(
    "~/Applications/1Password.app/x.dylib",
  );
});
