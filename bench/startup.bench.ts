import * as raycastApi from "@raycast/api";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { forgetAllClients } from "../src/onepassword/clients";
import { itemsOf, MetadataIndex } from "../src/onepassword/metadata-index";
import { addEnvironment } from "../src/onepassword/registered-environments";
import { createElement, type ComponentType } from "react";
import { loadBuiltCommand, resetHost, runCommand, type CommandModule, type Screen } from "../test-world/host";
import { generateWorld, installDesktopApp, type DesktopApp } from "../test-world/sim";
import { ensureBuilt, routeRaycastApiTo } from "./lib/built";
import { childRole, runChild, sendResult } from "./lib/child";
import { probeRaycastApi, type Paint, type PaintKind } from "./lib/probe";
import { percentile, row } from "./lib/report";
import { dumpHostStorage, restoreHostStorage } from "./lib/storage";

/**
 * Command start to first rendered rows (or the form) from a warm index, for each view command as `ray build` wrote
 * it (dist/), in the headless host, one fresh Node process per launch as Raycast gives each launch a fresh worker.
 * React runs its production build, as in Raycast. The clock starts when `runCommand` is called and stops in the
 * commit that mounts the first List.Item (or the Form); at that moment the benchmark also records whether the SDK
 * was called, its bundle required, or any WebAssembly compiled: none of it may be on the path to the first frame.
 */

const COMMANDS = ["search-secrets", "search-environments", "manage-vaults", "create-vault"] as const;
/** The world every launch sees; `BENCH_STARTUP_ITEMS` (set by the parent for its 50,000-item pass) scales it. */
const ITEMS = Number(process.env.BENCH_STARTUP_ITEMS ?? 10_000);
const WORLD = {
  seed: "startup",
  accounts: 1,
  vaults: ITEMS >= 50_000 ? 200 : 50,
  items: ITEMS,
  environments: 2,
} as const;
/** Search Secrets is also launched over 50,000 items, the size the extension users have today cannot handle. */
const LARGE_ITEMS = 50_000;
const RUNS = 5;
/** Raycast runs extensions on React's production build; the host supports it (no act()). */
const PRODUCTION = { NODE_ENV: "production" };
const TARGET_MS = 100;
/** How long a launch may take to show rows before the benchmark gives up on it. */
const CONTENT_TIMEOUT_MS = 3_000;
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

interface Mark extends SdkState {
  kind: PaintKind;
  /** Which commit painted it: layout effects of one commit run in one synchronous stretch. */
  commit: number;
  title?: string;
  /** From the call of runCommand. */
  ms: number;
  /** From the require of dist/<command>.js. */
  withRequireMs: number;
}

interface LaunchResult {
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
const BASELINE = "baseline";

function baselineCommand(api: unknown): CommandModule {
  const { List } = api as { List: ComponentType<Record<string, unknown>> & { Item: ComponentType<{ title: string }> } };
  return { default: () => createElement(List, null, createElement(List.Item, { title: "Row" })) };
}

/** Child: one launch of one built command over a Cache and LocalStorage restored from disk. */
async function launchChild(command: string, dir: string, account: string): Promise<void> {
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

async function prepareWarmStorage(dir: string): Promise<string> {
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

function median(values: readonly number[]): number {
  return percentile(values, 50);
}

function report(command: string, launches: LaunchResult[], items = ITEMS): void {
  const group = "startup";
  const shown = launches.map((launch) => launch.content).filter((mark): mark is Mark => mark !== undefined);
  const runs = `${launches.length} launch${launches.length === 1 ? "" : "es"}`;
  const firstRow = shown[0]?.title;
  if (firstRow !== undefined) process.stderr.write(`${command}: first ${shown[0]?.kind} "${firstRow}"\n`);
  if (shown.length === launches.length) {
    const what = shown.every((mark) => mark.kind === "form") ? "form" : "rows";
    const ms = median(shown.map((mark) => mark.ms));
    row({
      group,
      name: `${command}: runCommand → first ${what}, ${items.toLocaleString("en-US")} items, median of ${runs}`,
      figure: ms,
      unit: "ms",
      target: `<= ${TARGET_MS} ms`,
      pass: ms <= TARGET_MS,
    });
    row({
      group,
      name: `${command}: require dist bundle + runCommand → first ${what}, median`,
      figure: median(shown.map((mark) => mark.withRequireMs)),
      unit: "ms",
    });
  } else {
    const frames = launches.map((launch) => launch.firstFrame).filter((mark): mark is Mark => mark !== undefined);
    const first = frames[0];
    const screen = launches.find((launch) => launch.screen)?.screen ?? "";
    process.stderr.write(`${command}: no rows or form within ${CONTENT_TIMEOUT_MS} ms; screen:\n${screen}\n`);
    row({
      group,
      name: `${command}: NO rows or form within ${CONTENT_TIMEOUT_MS} ms (${runs}); first frame (${first?.kind ?? "none"})`,
      figure: first ? first.ms : Number.NaN,
      unit: "ms",
      target: `rows <= ${TARGET_MS} ms`,
      pass: false,
    });
  }
  // A command may paint an empty List (loading) before its rows: worth knowing when the rows wait for the SDK.
  const earlier = launches
    .filter((launch) => launch.content && launch.firstFrame && launch.firstFrame.commit < launch.content.commit)
    .map((launch) => launch.firstFrame as Mark);
  if (shown.length === launches.length && earlier.length === launches.length) {
    const kinds = [...new Set(earlier.map((mark) => mark.kind))].join("/");
    const withSdk = earlier.filter((mark) => mark.calls > 0 || mark.sdkRequired || mark.wasm > 0).length;
    row({
      group,
      name: `${command}: earlier first frame without rows (${kinds}; SDK loaded in ${withSdk} of ${runs}), median`,
      figure: median(earlier.map((mark) => mark.ms)),
      unit: "ms",
    });
  }
  const marks = launches.map((launch) => launch.content ?? launch.firstFrame);
  const calls = Math.max(...marks.map((mark) => mark?.calls ?? Number.NaN));
  row({
    group,
    name: `${command}: SDK calls before the first frame with content (max of ${runs})`,
    figure: calls,
    unit: "calls",
    target: "= 0",
    pass: calls === 0,
  });
  const loaded = marks.filter((mark) => !mark || mark.sdkRequired || mark.wasm > 0).length;
  row({
    group,
    name: `${command}: launches with sdk.js required or wasm compiled before that frame`,
    figure: loaded,
    unit: `of ${launches.length}`,
    target: "= 0",
    pass: loaded === 0,
  });
}

async function main(): Promise<void> {
  const child = childRole();
  if (child?.role === "prepare") {
    // For profiling one launch by hand: `node --cpu-prof <bundle> --child launch <command> <dir> <account>`.
    const [dir] = child.args;
    if (!dir) throw new Error("prepare: missing directory");
    return sendResult({ account: await prepareWarmStorage(dir) });
  }
  if (child?.role === "launch") {
    const [command, dir, account] = child.args;
    if (!command || !dir || !account) throw new Error("launch child: missing arguments");
    return launchChild(command, dir, account);
  }

  const build = ensureBuilt(COMMANDS);
  process.stderr.write(`${build.note}\n`);
  const dir = mkdtempSync(join(tmpdir(), "bench-startup-"));
  try {
    const account = await prepareWarmStorage(dir);
    const baseline: number[] = [];
    for (let run = 0; run < 3; run++) {
      const mark = runChild<LaunchResult>("launch", [BASELINE, dir, account], {
        env: { NODE_ENV: "production" },
      }).content;
      if (!mark) throw new Error("the one-row baseline List showed no row");
      baseline.push(mark.ms);
    }
    row({
      group: "startup",
      name: "host baseline: runCommand → first row of a one-row List (host + React, no command code), median of 3",
      figure: median(baseline),
      unit: "ms",
    });
    for (const command of COMMANDS) {
      const launches: LaunchResult[] = [];
      for (let run = 0; run < RUNS; run++) {
        let launch: LaunchResult;
        try {
          launch = runChild<LaunchResult>("launch", [command, dir, account], { env: PRODUCTION });
        } catch (error) {
          launch = { screen: `the launch process failed: ${error instanceof Error ? error.message : String(error)}` };
        }
        launches.push(launch);
        // A command that shows no rows will not show them on the next launch either: one slow launch is enough.
        if (!launch.content) break;
      }
      report(command, launches);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const largeDir = mkdtempSync(join(tmpdir(), "bench-startup-large-"));
  try {
    const large = { env: { BENCH_STARTUP_ITEMS: String(LARGE_ITEMS) } };
    const { account } = runChild<{ account: string }>("prepare", [largeDir], large);
    const launches: LaunchResult[] = [];
    for (let run = 0; run < 3; run++) {
      launches.push(
        runChild<LaunchResult>("launch", ["search-secrets", largeDir, account], {
          env: { ...PRODUCTION, ...large.env },
        }),
      );
    }
    report("search-secrets", launches, LARGE_ITEMS);
  } finally {
    rmSync(largeDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
