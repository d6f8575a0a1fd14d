import path from "node:path";
import type * as Sdk from "@1password/sdk";
import type { DesktopApp } from "./app";
import { generateWorld } from "./generate";

export type SdkModule = typeof Sdk;

/**
 * The SDK exactly as the extension loads it at runtime: the esbuild bundle in assets/onepassword-sdk/. Pass the
 * repository root when this file is itself bundled (benchmarks), since __dirname then points elsewhere.
 */
export function loadSdk(repoRoot: string = path.resolve(__dirname, "..", "..")): SdkModule {
  const sdkPath = path.join(repoRoot, "assets", "onepassword-sdk", "sdk.js");
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path, like src/onepassword/sdk-loader.ts
  return require(sdkPath) as SdkModule;
}

/** One generated vault of `items` items in an installed app, and a real SDK client of its account over it. */
export async function clientOverOneVault(
  sdk: SdkModule,
  app: DesktopApp,
  items: number,
): Promise<{ client: Sdk.Client; vaultId: string }> {
  const world = generateWorld(app, { seed: "list", accounts: 1, vaults: 1, items });
  const account = world.accounts[0]!;
  const client = await sdk.createClient({
    auth: new sdk.DesktopAuth(account.name),
    integrationName: "sim tests",
    integrationVersion: "1.0.0",
  });
  return { client, vaultId: account.vaultIds[0]! };
}
