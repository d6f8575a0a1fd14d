// Puts src/onepassword/native-envelope.ts in front of the SDK's own decoding of the desktop app's answers (the why is
// in that file). Used by scripts/bundle-sdk.mjs when it bundles the SDK, and by the tests that prove the patched
// decoding answers exactly as the original. CommonJS without imports but node:crypto; types in sdk-envelope-patch.d.ts.
//
// The patch is pinned to one file of one SDK version by its SHA-256: an SDK upgrade that changes shared_lib_core.js
// fails the bundle (and test/onepassword-layer/native-envelope.test.ts) until someone has read the new decoding and re-pinned.
"use strict";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like check-icon.js
const { createHash } = require("node:crypto");

const SDK_PATCH = {
  sdkVersion: "0.5.0",
  file: "dist/shared_lib_core.js",
  sha256: "b79c9e415e54a706285c79390c3267437e8d355c9873503774f9c26d28eadb51",
};

/** The line the fast path goes in front of: the SDK's whole-envelope decoding. */
const ANCHOR = "            const respString = new TextDecoder().decode(nativeResponse);\n";

/** The head of the one method every native call goes through; the stage mark wraps it. */
const CALL_HEAD =
  "    callSharedLibrary(input, operation_type) {\n        return __awaiter(this, void 0, void 0, function* () {\n";

/**
 * shared_lib_core.js with two changes: the fast path in front of its envelope decoding (which keeps an items listing's
 * answer as bytes, see src/onepassword/listing-payload.ts), and every failure of a native
 * call marked with the step it happened at (src/onepassword/native-stage.ts: loading the library, creating a client,
 * a call), so the extension can name a failure by where it happened whatever the app's words. What is thrown stays
 * the SDK's own error, with its class and message.
 * @param {string} source the file's text, as installed
 * @param {string} decoderPath the module exporting decodeSuccessAnswer (a path esbuild or require can resolve)
 * @param {string} [stagePath] the module exporting markNativeStage; by default native-stage next to the decoder
 * @returns {string}
 */
function patchSharedLibCore(source, decoderPath, stagePath = siblingModule(decoderPath, "native-stage")) {
  const hash = createHash("sha256").update(source, "utf8").digest("hex");
  if (hash !== SDK_PATCH.sha256) {
    throw new Error(
      `@1password/sdk ${SDK_PATCH.file} is not the file the envelope decoder was checked against ` +
        `(sha256 ${hash}, expected ${SDK_PATCH.sha256} of ${SDK_PATCH.sdkVersion}). Read its callSharedLibrary, ` +
        "compare it with src/onepassword/native-envelope.ts, then update SDK_PATCH in scripts/sdk-envelope-patch.js.",
    );
  }
  if (source.split(ANCHOR).length !== 2) throw new Error(`${SDK_PATCH.file}: the decoding line is not there once`);
  const fastPath =
    `            const fastPayload = require(${JSON.stringify(decoderPath)}).decodeSuccessAnswer(\n` +
    '                nativeResponse, operation_type === "invoke" ? input : undefined);\n' +
    "            if (fastPayload !== undefined) return fastPayload;\n";
  if (source.split(CALL_HEAD).length !== 2) throw new Error(`${SDK_PATCH.file}: callSharedLibrary is not there once`);
  // The library is loaded (or not) when the core is made; a call without it fails before anything is sent.
  const marked =
    "    callSharedLibrary(input, operation_type) {\n" +
    '        const stage = this.lib ? operation_type : "load_library";\n' +
    "        return this.callSharedLibraryUnmarked(input, operation_type).catch((error) => {\n" +
    `            throw require(${JSON.stringify(stagePath)}).markNativeStage(error, stage);\n` +
    "        });\n" +
    "    }\n" +
    "    callSharedLibraryUnmarked(input, operation_type) {\n        return __awaiter(this, void 0, void 0, function* () {\n";
  return source.replace(ANCHOR, fastPath + ANCHOR).replace(CALL_HEAD, marked);
}

/** The module `name` in the folder of `path`, with the same extension (a .ts source next to a .ts source). */
function siblingModule(path, name) {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  const dot = path.lastIndexOf(".");
  const extension = dot > slash ? path.slice(dot) : "";
  return `${path.slice(0, slash + 1)}${name}${extension}`;
}

module.exports = { SDK_PATCH, patchSharedLibCore };
