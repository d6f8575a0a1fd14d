import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const script = path.resolve(__dirname, "../../scripts/check-built-assets.mjs");

function projectWith(files: Record<string, string>, pinned = "0.5.0"): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "built-assets-"));
  fs.writeFileSync(path.join(root, "package.json"), JSON.stringify({ dependencies: { "@1password/sdk": pinned } }));
  const bundle = path.join(root, "dist", "assets", "onepassword-sdk");
  fs.mkdirSync(bundle, { recursive: true });
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(bundle, name), content);
  return root;
}

function check(root: string) {
  const result = spawnSync(process.execPath, [script, root], { encoding: "utf8" });
  return { status: result.status, output: result.stdout + result.stderr };
}

const whole = { "sdk.js": "", "core_bg.wasm": "", VERSION: "0.5.0\n" };

test("a build with the pinned SDK bundle passes", () => {
  expect(check(projectWith(whole))).toEqual({ status: 0, output: expect.stringContaining("@1password/sdk 0.5.0") });
});

test("a build without the SDK's wasm fails and says what to run", () => {
  const result = check(projectWith({ "sdk.js": whole["sdk.js"], VERSION: whole.VERSION }));
  expect(result.status).toBe(1);
  expect(result.output).toContain("core_bg.wasm is missing");
  expect(result.output).toContain("scripts/bundle-sdk.mjs");
});

test("a bundle of another SDK version than the pinned one fails", () => {
  const result = check(projectWith({ ...whole, VERSION: "0.4.0\n" }));
  expect(result.status).toBe(1);
  expect(result.output).toContain("the bundled SDK is 0.4.0, package.json pins 0.5.0");
});
