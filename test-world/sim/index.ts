import { DesktopApp, type DesktopAppOptions } from "./app";
import { patchBoundary } from "./boundary";

export { DesktopApp, RawResult } from "./app";
export type {
  CallKind,
  CallMatcher,
  CallRecord,
  DesktopAppOptions,
  HangHandle,
  InjectedError,
  RateLimitOptions,
} from "./app";
export type { ItemFailureType } from "./handler-context";
export type { AccountType, PromptAnswer, VaultOp } from "./model";
export type { AccountHandle } from "./account-handle";
export type { AccountSpec, EnvironmentSpec, FieldSpec, GroupSpec, ItemSpec, VaultSpec } from "./world-specs";
export { libraryPaths } from "./boundary";
export { generateWorld } from "./generate";
export type { GeneratedWorld, WorldOptions } from "./generate";
export { clientOverOneVault, loadSdk } from "./sdk";
export * as permissions from "./permissions";

/**
 * Installs a simulated 1Password desktop app at the SDK's native boundary: the real SDK's `createClient` with
 * `DesktopAuth` then talks to it. Call `app.uninstall()` when done (afterEach).
 */
export function installDesktopApp(options: DesktopAppOptions = {}): DesktopApp {
  const app = new DesktopApp(options);
  app.attachBoundary(patchBoundary(app));
  return app;
}
