import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The installed SDK, whose pinned files the patch tests evaluate before and after patching. */
export const sdkDir = join(__dirname, "..", "..", "node_modules", "@1password", "sdk");

/** The installed text of one of the SDK's files (`dist/items.js`, …). */
export function sdkSource(file: string): string {
  return readFileSync(join(sdkDir, file), "utf8");
}

/** Evaluates an SDK dist file's source as the module it is, its relative requires resolved from the SDK. */
export function evaluateSdkModule<T>(source: string): T {
  const module = { exports: {} as T };
  const requireFromSdk = (id: string): unknown =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluating the SDK's CommonJS file
    require(id.startsWith("./") ? join(sdkDir, "dist", id) : id);
  new Function("exports", "require", "module", source)(module.exports, requireFromSdk, module);
  return module.exports;
}
