import * as fs from "node:fs";
import * as path from "node:path";
import { environment } from "@raycast/api";
import { host, loadBuiltCommand } from "../../test-world/host";
import { useSimulatedApp } from "../../test-world/support/world";
import type * as Sdk from "@1password/sdk";

const root = path.resolve(__dirname, "../..");
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  commands: { name: string }[];
};

const app = useSimulatedApp();
afterEach(() => host.setAssetsPath(""));

const commandNames = manifest.commands.map((command) => command.name);

test("every built command file loads, stays small and does not load the SDK", () => {
  // A fresh module registry, so an SDK that another test of this file required first does not count.
  jest.resetModules();
  for (const name of commandNames) {
    const file = path.join(root, "dist", `${name}.js`);
    const module = loadBuiltCommand(name) as { default?: unknown };
    expect(typeof module.default).toBe("function");
    // The SDK's 13 MB wasm is not inlined into command files…
    expect(fs.statSync(file).size).toBeLessThan(1_000_000);
  }
  // …and loading the commands did not load the SDK (it loads lazily, after the first frame).
  expect(Object.keys(require.cache).filter((key) => key.includes("onepassword-sdk"))).toEqual([]);
});

test("the SDK a built command requires loads from the built extension's assets and talks to the app", async () => {
  loadBuiltCommand("search-secrets");
  expect(environment.assetsPath).toBe(path.join(root, "dist", "assets"));
  const sdkPath = path.join(environment.assetsPath, "onepassword-sdk", "sdk.js");
  expect(fs.existsSync(path.join(environment.assetsPath, "onepassword-sdk", "core_bg.wasm"))).toBe(true);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the shipped bundle, loaded as the extension does
  const sdk = require(sdkPath) as typeof Sdk;
  app().addAccount({ name: "Acme" }).addVault({ title: "Dev" });
  const client = await sdk.createClient({
    auth: new sdk.DesktopAuth("Acme"),
    integrationName: "1Password Secrets",
    integrationVersion: "test",
  });
  expect((await client.vaults.list()).map((vault) => vault.title)).toEqual(["Dev"]);
});
