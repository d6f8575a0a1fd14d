/**
 * `npm run bench`: bundles every bench/*.bench.ts with esbuild and runs each bundle in its own
 * `node --expose-gc` process, so heap figures of one benchmark are not polluted by another, then prints one table.
 * `npm run bench -- search` runs only the files whose name contains "search". `npm run bench -- --quick` asks every
 * benchmark for its quick variant (BENCH_QUICK=1: the smallest sizes only); `--sizes=10000,50000` picks the account
 * sizes of the benchmarks that take them (BENCH_SIZES).
 *
 * Writing a benchmark: a file `bench/<topic>.bench.ts` that runs top to bottom (top-level code or a main
 * function; async is fine) and prints one JSON object per line on stdout for each figure:
 *
 *   {"group": "search", "name": "ours p95 keystroke, 50,000 items", "figure": 4.2, "unit": "ms",
 *    "target": "<= 10 ms", "pass": true}
 *
 *   group   string   what is measured (one table section per group)
 *   name    string   the row; say in it how the figure was obtained when that matters ("sampled: 40 keystrokes")
 *   figure  number   the measurement
 *   unit    string   "ms", "MB", "ops/s", ...
 *   target  string?  the goal in words, when there is one
 *   pass    boolean? whether the figure meets the target; a false fails the run (exit code 1)
 *   text    string?  shown instead of the figure, for outcomes ("survived", "killed in typing")
 *
 * `bench/lib/report.ts` has `row()`, `percentile()` and `heapUsedMB()` helpers. Anything else the benchmark prints on
 * stdout or stderr is shown as its log. The bundle is built like the tests see the code: `@raycast/api` resolves to the
 * headless host (test/host/raycast-api.tsx), JSX is automatic, react stays external and loads from node_modules.
 * A benchmark gets 150 s, unless its source says otherwise with a line `@bench-timeout <seconds>` (the worker runs at
 * full account sizes take minutes; `--quick` keeps them short).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
// Inside the project, so that external packages resolve from its node_modules.
const outDir = join(root, "node_modules", ".cache", "bench");
const TIMEOUT_MS = 150_000;

const args = process.argv.slice(2);
const filters = args.filter((arg) => !arg.startsWith("--"));
const childEnv = { ...process.env };
if (args.includes("--quick")) childEnv.BENCH_QUICK = "1";
const sizes = args.find((arg) => arg.startsWith("--sizes="));
if (sizes) childEnv.BENCH_SIZES = sizes.slice("--sizes=".length);
const files = readdirSync(here)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error("No benchmark matches.");
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const rows = [];
let failed = false;
const started = Date.now();
for (const file of files) {
  const outfile = join(outDir, basename(file, ".ts") + ".cjs");
  await build({
    entryPoints: [join(here, file)],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    jsx: "automatic",
    alias: { "@raycast/api": join(root, "test-world", "host", "raycast-api.tsx") },
    external: ["react", "react/*", "react-reconciler", "react-reconciler/*"],
    logLevel: "warning",
  });
  process.stderr.write(`running ${file}…\n`);
  const fileStarted = Date.now();
  const declared = /@bench-timeout (\d+)/.exec(readFileSync(join(here, file), "utf8"));
  const child = spawnSync(process.execPath, ["--expose-gc", outfile], {
    cwd: root,
    encoding: "utf8",
    env: childEnv,
    timeout: declared ? Number(declared[1]) * 1000 : TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = [];
  for (const line of (child.stdout ?? "").split("\n")) {
    const trimmed = line.trim();
    if (trimmed.startsWith("{")) {
      try {
        rows.push({ file, ...JSON.parse(trimmed) });
        continue;
      } catch {
        // Not a row: shown as log below.
      }
    }
    if (trimmed) log.push(line);
  }
  if (child.stderr?.trim()) log.push(child.stderr.trim());
  if (log.length) process.stderr.write(log.map((line) => `  ${line}`).join("\n") + "\n");
  const seconds = ((Date.now() - fileStarted) / 1000).toFixed(1);
  if (child.status !== 0) {
    failed = true;
    const why = child.error ? child.error.message : `exit code ${child.status ?? child.signal}`;
    process.stderr.write(`  ${file} failed after ${seconds} s: ${why}\n`);
  } else process.stderr.write(`  done in ${seconds} s\n`);
}

const formatFigure = (row) => {
  if (typeof row.text === "string") return row.text;
  const figure = typeof row.figure === "number" ? row.figure : Number.NaN;
  const digits = Math.abs(figure) >= 100 ? 0 : Math.abs(figure) >= 10 ? 1 : 2;
  return `${figure.toFixed(digits)} ${row.unit ?? ""}`.trim();
};
const table = rows.map((row) => [
  `${row.group} · ${row.name}`,
  formatFigure(row),
  row.target ?? "",
  row.pass === undefined ? "" : row.pass ? "ok" : "FAIL",
]);
const header = ["row", "figure", "target", "ok"];
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
const line = (cells) =>
  cells.map((cell, column) => (column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  ");
console.log(line(header));
console.log(widths.map((width) => "-".repeat(width)).join("  "));
for (const cells of table) console.log(line(cells));
const failures = rows.filter((row) => row.pass === false).length;
console.log(`\n${rows.length} rows, ${failures} below target, ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
if (failures > 0 || failed) process.exit(1);
