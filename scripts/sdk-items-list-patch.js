// Gives the SDK's Items a `listRows`: `list` whose answer goes to src/onepassword/items-list-decoder.ts first (the why
// is in that file), so one large vault's listing is read from its bytes straight into the index's columns. `list`
// itself answers exactly as before: the answer the patched envelope keeps as bytes (src/onepassword/listing-payload.ts)
// becomes the SDK's string again and is parsed by the SDK's own code. Used by scripts/bundle-sdk.mjs and by the tests that prove the decoding equivalent. CommonJS without
// imports but node:crypto; types in sdk-items-list-patch.d.ts.
//
// Pinned to one file of one SDK version by its SHA-256, like scripts/sdk-envelope-patch.js: an SDK upgrade that changes
// items.js fails the bundle (and test/onepassword-layer/items-list-patch.test.ts) until someone has re-read Items.list.
"use strict";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script, like sdk-envelope-patch.js
const { createHash } = require("node:crypto");

const ITEMS_PATCH = {
  sdkVersion: "0.5.0",
  file: "dist/items.js",
  sha256: "dc7c7970e82b6223f6d21cb0e937872396cffac92bff32e45dde26489e441100",
};

const LIST_HEAD = "    list(vaultId, ...filters) {\n        return __awaiter(this, void 0, void 0, function* () {\n";

/** The end of `list`: its invocation's name and the SDK's parsing of the answer. */
const LIST_RETURN =
  '                        name: "ItemsList",\n' +
  "                        parameters: {\n" +
  "                            vault_id: vaultId,\n" +
  "                            filters,\n" +
  "                        },\n" +
  "                    },\n" +
  "                },\n" +
  "            };\n" +
  '            return JSON.parse(yield __classPrivateFieldGet(this, _Items_inner, "f").invoke(invocationConfig), types_js_1.ReviverFunc);\n';

/**
 * items.js with `list` split in two: the same method, and `listRows`, which tries the decoder on the answer's bytes
 * before the SDK's own parsing.
 * @param {string} source the file's text, as installed
 * @param {string} decoderPath the module exporting readListingAnswer (a path esbuild or require can resolve)
 * @returns {string}
 */
function patchItems(source, decoderPath) {
  const hash = createHash("sha256").update(source, "utf8").digest("hex");
  if (hash !== ITEMS_PATCH.sha256) {
    throw new Error(
      `@1password/sdk ${ITEMS_PATCH.file} is not the file the ItemsList decoder was checked against ` +
        `(sha256 ${hash}, expected ${ITEMS_PATCH.sha256} of ${ITEMS_PATCH.sdkVersion}). Read its Items.list, ` +
        "compare it with src/onepassword/items-list-decoder.ts, then update ITEMS_PATCH in scripts/sdk-items-list-patch.js.",
    );
  }
  if (source.split(LIST_HEAD).length !== 2) throw new Error(`${ITEMS_PATCH.file}: Items.list is not there once`);
  if (source.split(LIST_RETURN).length !== 2)
    throw new Error(`${ITEMS_PATCH.file}: the ItemsList parsing is not there once`);
  const reader = `require(${JSON.stringify(decoderPath)}).readListingAnswer`;
  const head =
    "    list(vaultId, ...filters) {\n" +
    "        return this.listDecoding(vaultId, filters, false);\n" +
    "    }\n" +
    "    listRows(vaultId, ...filters) {\n" +
    "        return this.listDecoding(vaultId, filters, true);\n" +
    "    }\n" +
    "    listDecoding(vaultId, filters, rows) {\n        return __awaiter(this, void 0, void 0, function* () {\n";
  const parsing = LIST_RETURN.slice(0, LIST_RETURN.indexOf("            return JSON.parse"));
  const decoding =
    parsing +
    '            const answer = yield __classPrivateFieldGet(this, _Items_inner, "f").invoke(invocationConfig);\n' +
    `            return ${reader}(answer, rows, (text) => JSON.parse(text, types_js_1.ReviverFunc));\n`;
  return source.replace(LIST_HEAD, head).replace(LIST_RETURN, decoding);
}

module.exports = { ITEMS_PATCH, patchItems };
