import { SAMPLES, seededPicks } from "../test-world/fixtures/token-samples";
import { percentile, row } from "./lib/report";

/**
 * Classifying the clipboard is on the path of opening Save Item: its value, category and title are filled from it.
 * Measured: the first classification after the module loads (its regular expressions compile on first use), then
 * p95 over clipboards of 4 KB (prose, one long unbroken string, a private key file), over 10 KB texts that almost
 * match a key file's pattern, and over one token of every format the table knows.
 */

const RUNS = 400;
const TARGET_MS = 1;
/** Loading the tables and the first match, which compiles the expressions it tries: once per Save Item launch. */
const LOAD_TARGET_MS = 10;
const KB4 = 4096;

const picks = seededPicks(42);
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function timed(classify: (text: string) => unknown, texts: readonly string[]): number[] {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const text = texts[run % texts.length]!;
    const start = performance.now();
    classify(text);
    times.push(performance.now() - start);
  }
  return times;
}

function report(name: string, times: readonly number[], target = TARGET_MS): void {
  const p95 = percentile(times, 95);
  row({
    group: "clipboard classification",
    name,
    figure: Math.round(p95 * 1000) / 1000,
    unit: "ms",
    target: `<= ${target} ms`,
    pass: p95 <= target,
  });
}

async function main(): Promise<void> {
  // Every command already loads zod (its preferences are parsed with it); the recogniser's own load is measured.
  await import("zod");
  const loadStart = performance.now();
  const { guessClipboard, TOKEN_SHAPES } = await import("../src/lib/token-shapes");
  const firstToken = SAMPLES["GitHub Personal access token"]!(picks);
  guessClipboard(firstToken);
  report("load and first classification (once per launch)", [performance.now() - loadStart], LOAD_TARGET_MS);

  const prose = "Meeting notes: the deploy key rotates on Friday, ask ops. ".repeat(80).slice(0, KB4);
  const unbroken = picks.of(B64, KB4);
  const keyFile = `-----BEGIN OPENSSH PRIVATE KEY-----\n${picks
    .of(B64, 3000)
    .match(/.{1,70}/g)!
    .join("\n")}\n-----END OPENSSH PRIVATE KEY-----\n`;
  const tokens = Object.values(SAMPLES).map((make) => make(picks));
  report(`p95, 4 KB of prose (sampled: ${RUNS})`, timed(guessClipboard, [prose]));
  report(`p95, 4 KB unbroken random string (sampled: ${RUNS})`, timed(guessClipboard, [unbroken]));
  report(`p95, a 4 KB private key file (sampled: ${RUNS})`, timed(guessClipboard, [keyFile]));
  const nearMisses = [
    "PuTTY-User-Key-File-3: ssh-rsa\n" + "Private-Lines: 1\n".repeat(580),
    "-----BEGIN RSA PRIVATE KEY-----\n" + "AAAA \n".repeat(1900),
    '{"type":"service_account",' + '"a":"b",'.repeat(1200) + "}",
  ];
  report(`p95, 10 KB texts that almost match a key file (sampled: ${RUNS})`, timed(guessClipboard, nearMisses));
  report(
    `p95, one token of each of the ${TOKEN_SHAPES.length} formats (sampled: ${RUNS})`,
    timed(guessClipboard, tokens),
  );
}

void main();
