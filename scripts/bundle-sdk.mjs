// Builds assets/onepassword-sdk/ from the installed @1password/sdk.
//
// Why: @1password/sdk-core reads core_bg.wasm (13 MB) from `path.join(__dirname, "core_bg.wasm")` when it is
// first required. `ray build` inlines the SDK's JavaScript into every command file and leaves the wasm behind,
// so the built command throws ENOENT at load. Inlining the wasm with esbuild's binary loader would put 13 MB
// into each command file. Instead the SDK is bundled once into the extension's assets, with the wasm next to
// it, where `ray build` and `ray develop` copy it. src/onepassword/sdk-loader.ts requires it from
// `environment.assetsPath` on first need, after the first frame, so neither the JS nor the wasm is on the
// path to the first render. Runs on `npm ci` (postinstall), before `npm run build` and before `npm run dev`.
//
// One change to the SDK's code: its decoding of the desktop app's answers gets a fast path in front
// (src/onepassword/native-envelope.ts, applied by scripts/sdk-envelope-patch.js, pinned to the file's hash), so a
// large vault's listing fits in a Raycast worker's heap. Every answer stays the one the SDK would give. And its Items
// get a `listRows` beside `list` (scripts/sdk-items-list-patch.js): the same call, whose answer is read straight into
// the index's rows by src/onepassword/items-list-decoder.ts when that understands it, pinned and proven the same way.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const outDir = join(root, "assets", "onepassword-sdk");
const sdkEntry = require.resolve("@1password/sdk");
const coreEntry = require.resolve("@1password/sdk-core");
const { SDK_PATCH, patchSharedLibCore } = require("./scripts/sdk-envelope-patch.js");
const { ITEMS_PATCH, patchItems } = require("./scripts/sdk-items-list-patch.js");
const sharedLibCore = join(dirname(sdkEntry), "shared_lib_core.js");
const itemsFile = join(dirname(sdkEntry), "items.js");
const itemsListDecoder = join(root, "src", "onepassword", "items-list-decoder.ts");
const decoder = join(root, "src", "onepassword", "native-envelope.ts");
const sdkVersion = JSON.parse(readFileSync(join(dirname(sdkEntry), "..", "package.json"), "utf8")).version;

for (const [patch, name] of [
  [SDK_PATCH, "envelope"],
  [ITEMS_PATCH, "ItemsList"],
]) {
  if (sdkVersion !== patch.sdkVersion) {
    throw new Error(`@1password/sdk ${sdkVersion} is installed; the ${name} patch is pinned to ${patch.sdkVersion}`);
  }
}

/** @type {import("esbuild").Plugin} */
const envelopePatch = {
  name: "sdk-envelope-patch",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /shared_lib_core\.js$/ }, (args) => {
      if (args.path !== sharedLibCore) return undefined;
      return { contents: patchSharedLibCore(readFileSync(args.path, "utf8"), decoder), loader: "js" };
    });
    pluginBuild.onLoad({ filter: /items\.js$/ }, (args) => {
      if (args.path !== itemsFile) return undefined;
      return { contents: patchItems(readFileSync(args.path, "utf8"), itemsListDecoder), loader: "js" };
    });
  },
};

mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [sdkEntry],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: join(outDir, "sdk.js"),
  logLevel: "warning",
  legalComments: "none",
  plugins: [envelopePatch],
});
copyFileSync(join(dirname(coreEntry), "core_bg.wasm"), join(outDir, "core_bg.wasm"));
writeFileSync(join(outDir, "VERSION"), `${sdkVersion}\n`);
console.log(`bundled @1password/sdk ${sdkVersion} into assets/onepassword-sdk`);
