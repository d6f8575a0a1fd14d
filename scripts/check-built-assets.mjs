// Runs after `ray build` (npm's postbuild): the build fails when the bundled SDK is missing from what it wrote.
//
// Why: `ray build` copies assets/ as it finds it. Without assets/onepassword-sdk (an install that skipped
// scripts/bundle-sdk.mjs, a cleaned tree) it still writes every command, and the extension would load and then fail
// at its first 1Password call. The bundle must also be the pinned SDK: an older one left in assets/ would ship
// behaviour the tests did not see.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The project root; a test passes another one.
const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "assets", "onepassword-sdk");
const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).dependencies["@1password/sdk"];

const problems = [];
for (const file of ["sdk.js", "core_bg.wasm", "VERSION"]) {
  if (!existsSync(join(bundle, file))) problems.push(`dist/assets/onepassword-sdk/${file} is missing`);
}
if (problems.length === 0) {
  const bundled = readFileSync(join(bundle, "VERSION"), "utf8").trim();
  if (bundled !== pinned) problems.push(`the bundled SDK is ${bundled}, package.json pins ${pinned}`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`build: ${problem}`);
  console.error("build: run `node scripts/bundle-sdk.mjs` (npm ci runs it) and build again");
  process.exit(1);
}
console.log(`build: dist/assets/onepassword-sdk holds @1password/sdk ${pinned}`);
