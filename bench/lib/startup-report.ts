import { percentile, row } from "./report";
import { CONTENT_TIMEOUT_MS, ITEMS, type LaunchResult, type Mark } from "./startup-launch";

/** The rows of one command's startup launches: time to rows against the target, and that the SDK stayed off it. */

const TARGET_MS = 100;

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function report(command: string, launches: LaunchResult[], items = ITEMS): void {
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
