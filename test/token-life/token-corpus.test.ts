import { guessClipboard } from "../../src/lib/token-shapes";
import corpus from "../../test-world/fixtures/token-corpus.json";

/**
 * The recogniser over a corpus of made-up credentials in the published formats of the providers developers copy
 * tokens from (test-world/fixtures/token-corpus.json, written from gitleaks', secretlint's and the providers' own format
 * descriptions, each example with its source), and the placeholders docs and READMEs are full of. Prints the three
 * figures: how many examples are taken as a secret at all, how many are named as their provider, and how many
 * placeholders are turned down.
 */

interface Example {
  provider: string;
  format: string;
  source: string;
  value: string;
}

const examples: Example[] = corpus.examples;
const placeholders: { value: string; source: string }[] = corpus.placeholders;

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})`;
}

const taken = examples.filter((example) => guessClipboard(example.value) !== undefined);
const named = examples.filter((example) => {
  const guess = guessClipboard(example.value);
  return guess?.kind === "token" && guess.shape.provider === example.provider;
});
const rejected = placeholders.filter((placeholder) => guessClipboard(placeholder.value) === undefined);
const providers = new Set(examples.map((example) => example.provider));
const providersNamed = new Set(named.map((example) => example.provider));

beforeAll(() => {
  const missed = examples.filter((example) => !named.includes(example));
  const wrong = missed.map((example) => {
    const guess = guessClipboard(example.value);
    const got = guess === undefined ? "not taken" : guess.kind === "token" ? guess.shape.provider : "a random string";
    return `  ${example.provider} ${example.format}: ${got}`;
  });
  const kept = placeholders.filter((placeholder) => !rejected.includes(placeholder));
  console.log(
    [
      `Token corpus: ${examples.length} examples of ${providers.size} providers, ${placeholders.length} placeholders`,
      `recall (taken as a secret):    ${percent(taken.length, examples.length)}`,
      `naming (the right provider):   ${percent(named.length, examples.length)}`,
      `providers named:               ${percent(providersNamed.size, providers.size)}`,
      `placeholders rejected:         ${percent(rejected.length, placeholders.length)}`,
      ...(wrong.length > 0 ? ["not named as their provider:", ...wrong] : []),
      ...(kept.length > 0 ? ["placeholders taken:", ...kept.map((p) => `  ${p.source}`)] : []),
    ].join("\n"),
  );
});

describe("the recogniser over the public-format corpus", () => {
  test("covers at least 40 providers", () => {
    expect(providersNamed.size).toBeGreaterThanOrEqual(40);
  });

  test("takes every example as a secret", () => {
    expect(examples.filter((example) => !taken.includes(example)).map((e) => `${e.provider} ${e.format}`)).toEqual([]);
  });

  test("names every example's provider", () => {
    expect(examples.filter((example) => !named.includes(example)).map((e) => `${e.provider} ${e.format}`)).toEqual([]);
  });

  test("turns down every placeholder and docs example", () => {
    expect(placeholders.filter((p) => !rejected.includes(p)).map((p) => p.value.slice(0, 12))).toEqual([]);
  });
});
