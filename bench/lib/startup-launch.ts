import * as raycastApi from "@raycast/api";
import { sep } from "node:path";
import { createElement, type ComponentType } from "react";
import { forgetAllClients } from "../../src/onepassword/clients";
import { itemsOf, MetadataIndex } from "../../src/onepassword/metadata-index";
import { addEnvironment } from "../../src/onepassword/registered-environments";
import { loadBuiltCommand, resetHost, runCommand, type CommandModule, type Screen } from "../../test-world/host";
import { generateWorld, installDesktopApp, type DesktopApp } from "../../test-world/sim";
import { routeRaycastApiTo } from "./built";
import { childRole, sendResult } from "./child";
import { probeRaycastApi, type Paint, type PaintKind } from "./probe";
import { dumpHostStorage, restoreHostStorage } from "./storage";

/**
 * The launches the startup benchmarks time: a warm Cache and LocalStorage prepared once and dumped to disk, then each
 * launch of a built command in a fresh Node process over a copy of them, with the first frame's marks sent back.
 */

export const COMMANDS = ["search-secrets", "search-environments", "manage-vaults", "create-vault"] as const;
/** The world every launch sees; `BENCH_STARTUP_ITEMS` (set by startup-large-account.bench.ts) scales it. */
export const ITEMS = Number(process.env.BENCH_STARTUP_ITEMS ?? 10_000);
const WORLD = {
  seed: "startup",
  accounts: 1,
  vaults: ITEMS >= 50_000 ? 200 : 50,
  items: ITEMS,
  environments: 2,
} as const;
/** Raycast runs extensions on React's production build; the host supports it (no act()). */
export const PRODUCTION = { NODE_ENV: "production" };
/** How long a launch may take to show rows before the benchmark gives up on it. */
export const CONTENT_TIMEOUT_MS = 3_000;
/** The warm-up launch in the parent may refresh from the simulator first. */
const WARM_UP_TIMEOUT_MS = 15_000;

interface SdkState {
  /** Simulator calls (init_client included) before that frame. */
  calls: number;
  /** Whether onepassword-sdk/sdk.js was in require.cache. */
  sdkRequired: boolean;
  /** WebAssembly compilations or instantiations. */
  wasm: number;
}

export interface Mark extends SdkState {
  kind: PaintKind;
  /** Which commit painted it: layout effects of one commit run in one synchronous stretch. */
  commit: number;
  title?: string;
  /** From the call of runCommand. */
  ms: number;
  /** From the require of dist/<command>.js. */
  withRequireMs: number;
}

export interface LaunchResult {
  content?: Mark;
  firstFrame?: Mark;
  screen?: string;
}

function spyOnWebAssembly(): { count: number } {
  const counter = { count: 0 };
  // The project's lib (ES2023, no DOM) does not declare WebAssembly; Node has it.
  const wasm = (globalThis as unknown as { WebAssembly: Record<string, unknown> }).WebAssembly;
  for (const name of ["compile", "instantiate", "compileStreaming", "instantiateStreaming"]) {
    const original = wasm[name];
    if (typeof original !== "function") continue;
    wasm[name] = (...args: unknown[]) => {
      counter.count += 1;
      return (original as (...a: unknown[]) => unknown).apply(wasm, args);
    };
  }
  for (const name of ["Module", "Instance"]) {
    const original = wasm[name] as (new (...args: unknown[]) => object) | undefined;
    if (!original) continue;
    wasm[name] = new Proxy(original, {
      construct(target, args, newTarget) {
        counter.count += 1;
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
  }
  return counter;
}

function sdkRequired(): boolean {
  const bundle = `${sep}onepassword-sdk${sep}sdk.js`;
  return Object.keys(require.cache).some((file) => file.endsWith(bundle));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A one-row List, launched like the commands: what the host and React cost before any command code. */
export const BASELINE = "baseline";

function baselineCommand(api: unknown): CommandModule {
  const { List } = api as { List: ComponentType<Record<string, unknown>> & { Item: ComponentType<{ title: string }> } };
  return { default: () => createElement(List, null, createElement(List.Item, { title: "Row" })) };
}

/** Child: one launch of one built command over a Cache and LocalStorage restored from disk. */
export async function launchChild(command: string, dir: string, account: string): Promise<void> {
  const wasm = spyOnWebAssembly();
  const app = installDesktopApp();
  await restoreHostStorage(dir);

  let requireStart = 0;
  let runStart = 0;
  const result: LaunchResult = {};
  let contentShown: () => void = () => undefined;
  const content = new Promise<void>((resolve) => (contentShown = resolve));
  let commit = 0;
  let inCommit = false;
  const onPaint = (paint: Paint) => {
    if (!inCommit) {
      inCommit = true;
      commit += 1;
      queueMicrotask(() => (inCommit = false));
    }
    if (runStart === 0 || (result.content && result.firstFrame)) return;
    const mark: Mark = {
      kind: paint.kind,
      commit,
      ...(paint.title === undefined ? {} : { title: paint.title }),
      ms: paint.at - runStart,
      withRequireMs: paint.at - requireStart,
      calls: app.calls.length,
      sdkRequired: sdkRequired(),
      wasm: wasm.count,
    };
    result.firstFrame ??= mark;
    if (!result.content && (paint.kind === "row" || paint.kind === "form")) {
      result.content = mark;
      contentShown();
    }
  };
  const api = probeRaycastApi(raycastApi as unknown as Record<string, unknown>, onPaint);
  routeRaycastApiTo(api);
  // Raycast starts a command in a fresh worker: no garbage of the set-up above left for the launch to collect.
  (globalThis as { gc?: () => void }).gc?.();

  // What the command does after its first frame is not measured; a failure there must not end the launch early.
  process.on("unhandledRejection", () => undefined);
  try {
    requireStart = performance.now();
    const module = command === BASELINE ? baselineCommand(api) : loadBuiltCommand(command);
    runStart = performance.now();
    const launching = runCommand(module, {
      commandName: command === BASELINE ? "test-command" : command,
      preferences: { accounts: account },
    });
    launching.catch(() => undefined);
    // The simulated app's world (tens of MB at 50,000 items) is made only after the first frame: Raycast's command
    // process does not hold the 1Password app's data, and building it first made the collector slow the launch down.
    // Nothing calls the app before the first frame (asserted below), so the measured path is unchanged.
    void content.then(() => generateWorld(app, WORLD));
    await Promise.race([content, sleep(CONTENT_TIMEOUT_MS)]);
    if (!result.content) {
      const screen = await Promise.race([launching, sleep(1_000).then(() => undefined)]).catch(
        (error: unknown) => `crashed: ${String(error)}`,
      );
      result.screen = typeof screen === "string" ? screen : screen ? screen.describe() : "runCommand did not return";
    }
  } catch (error) {
    result.screen = `failed to launch: ${error instanceof Error ? error.message : String(error)}`;
  }
  sendResult(result);
  // The revalidation that follows the first frame is not measured here.
  process.exit(0);
}

/** Launches a command once in this process until it has settled, so whatever it caches is in the Cache. */
async function warmUp(command: string, account: string): Promise<void> {
  let screen: Screen | undefined;
  try {
    screen = await runCommand(loadBuiltCommand(command), { commandName: command, preferences: { accounts: account } });
    await screen.waitFor((s) => s.kind() === "Form" || (!s.isLoading() && s.items().length > 0), {
      timeout: WARM_UP_TIMEOUT_MS,
    });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split("\n").slice(0, 8).join("\n");
    process.stderr.write(`warm-up of ${command} did not reach rows: ${first}\n`);
  } finally {
    await screen?.unmount().catch(() => undefined);
  }
}

export async function prepareWarmStorage(dir: string): Promise<string> {
  resetHost();
  forgetAllClients();
  const app: DesktopApp = installDesktopApp();
  try {
    const world = generateWorld(app, WORLD);
    const generated = world.accounts[0];
    const environmentId = generated?.environmentIds[0];
    if (!generated || !environmentId) throw new Error("the generated world has no account or Environment");
    const account = generated.name;
    const snapshot = await new MetadataIndex().refresh(account);
    if (itemsOf(snapshot).length !== WORLD.items) throw new Error(`index holds ${itemsOf(snapshot).length} items`);
    await addEnvironment({ id: environmentId, label: "API Production", account });
    routeRaycastApiTo(raycastApi);
    for (const command of COMMANDS) await warmUp(command, account);
    dumpHostStorage(dir);
    return account;
  } finally {
    resetHost();
    app.uninstall();
  }
}

/** The child side of a startup benchmark: true when this process was one (a prepare or a launch) and has done it. */
export async function runStartupChild(): Promise<boolean> {
  const child = childRole();
  if (child?.role === "prepare") {
    // For profiling one launch by hand: `node --cpu-prof <bundle> --child launch <command> <dir> <account>`.
    const [dir] = child.args;
    if (!dir) throw new Error("prepare: missing directory");
    sendResult({ account: await prepareWarmStorage(dir) });
    return true;
  }
  if (child?.role === "launch") {
    const [command, dir, account] = child.args;
    if (!command || !dir || !account) throw new Error("launch child: missing arguments");
    await launchChild(command, dir, account);
    return true;
  }
  return false;
}
