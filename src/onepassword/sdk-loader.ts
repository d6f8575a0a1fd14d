import { environment } from "@raycast/api";
import { join } from "node:path";
import type * as Sdk from "@1password/sdk";

export type SdkModule = typeof Sdk;

let loaded: SdkModule | undefined;

/**
 * The SDK, loaded on first need from the bundle that scripts/bundle-sdk.mjs writes into the assets.
 *
 * Requiring it reads and compiles the SDK's large wasm core, synchronously, so it must never run before the first
 * frame; a static import would also make esbuild inline the SDK into each command while leaving the wasm
 * file behind. The path is computed, so esbuild leaves this require alone.
 */
export function loadSdk(): SdkModule {
  if (!loaded) {
    const sdkPath = join(environment.assetsPath, "onepassword-sdk", "sdk.js");
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path, see above
    loaded = require(sdkPath) as SdkModule;
  }
  return loaded;
}

export function isSdkLoaded(): boolean {
  return loaded !== undefined;
}
