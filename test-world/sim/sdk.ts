import path from "node:path";
import type * as Sdk from "@1password/sdk";

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
