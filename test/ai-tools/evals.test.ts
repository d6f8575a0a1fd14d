import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest } from "../../scripts/check-manifest";

/**
 * `npx ray evals` runs the evals on Raycast's servers and needs the network, so it does not run here. This checks
 * what can be checked offline: the `ai` section is well-formed, every tool an eval names or mocks exists, and the evals
 * cover what the extension promises (names and references for the model, values only on the person's clipboard).
 */

const root = join(__dirname, "..", "..");

type Expectation = Record<string, unknown>;
interface Eval {
  input: string;
  mocks?: Record<string, unknown>;
  expected: Expectation[];
  usedAsExample?: boolean;
}
interface Manifest {
  name: string;
  tools: { name: string }[];
  ai: { instructions: string; evals: Eval[] };
}

const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;
const evals = manifest.ai.evals;
const toolNames = manifest.tools.map((tool) => tool.name);

/** Every callsTool in an expectation, through not/and/or, with whether it is negated. */
function toolCalls(
  expectation: Expectation,
  negated = false,
): { name: string; arguments?: unknown; negated: boolean }[] {
  if ("not" in expectation) return toolCalls(expectation.not as Expectation, !negated);
  for (const key of ["and", "or"]) {
    if (key in expectation) return (expectation[key] as Expectation[]).flatMap((inner) => toolCalls(inner, negated));
  }
  if (!("callsTool" in expectation)) return [];
  const call = expectation.callsTool;
  return typeof call === "string"
    ? [{ name: call, negated }]
    : [{ ...(call as { name: string; arguments?: unknown }), negated }];
}

const callsOf = (evaluation: Eval) => evaluation.expected.flatMap((expectation) => toolCalls(expectation));

test("the ai section is well-formed, and every tool it names or mocks is declared with its source file", () => {
  const problems = checkManifest(manifest, { fileExists: (path) => existsSync(join(root, path)) });
  expect(problems.filter((problem) => /^\/(ai|tools)/.test(problem.pointer))).toEqual([]);
  const named = new Set(
    evals.flatMap((evaluation) => [
      ...callsOf(evaluation).map((call) => call.name),
      ...Object.keys(evaluation.mocks ?? {}),
    ]),
  );
  for (const name of named) {
    expect(toolNames).toContain(name);
    expect(existsSync(join(root, "src", "tools", `${name}.ts`))).toBe(true);
  }
});

test("there are at least eight evals, each a prompt that mentions the extension", () => {
  expect(evals.length).toBeGreaterThanOrEqual(8);
  for (const evaluation of evals) expect(evaluation.input.startsWith(`@${manifest.name} `)).toBe(true);
});

test("the evals cover finding, listing, templates, copying, vaults, revoking, 'show me' and a declined change", () => {
  const calling = (name: string, args?: Record<string, unknown>) =>
    evals.filter((evaluation) =>
      callsOf(evaluation).some(
        (call) =>
          call.name === name &&
          !call.negated &&
          Object.entries(args ?? {}).every(
            ([key, value]) => (call.arguments as Record<string, unknown> | undefined)?.[key] === value,
          ),
      ),
    );
  expect(calling("search-items").some((evaluation) => /token/i.test(evaluation.input))).toBe(true);
  expect(calling("list-variables")).not.toHaveLength(0);
  expect(calling("write-env-template")).not.toHaveLength(0);
  expect(calling("copy-secret").length).toBeGreaterThanOrEqual(2);
  expect(calling("create-vault")).not.toHaveLength(0);
  expect(calling("set-vault-access", { access: "revoke" })).not.toHaveLength(0);
  // "Show me the password" is answered by copying it, never by revealing it.
  expect(calling("copy-secret").some((evaluation) => /show me the password/i.test(evaluation.input))).toBe(true);
  // A change the person calls off is not made.
  const declined = evals.filter((evaluation) =>
    callsOf(evaluation).some((call) => call.negated && ["set-vault-access", "create-vault"].includes(call.name)),
  );
  expect(declined).not.toHaveLength(0);
});

test("the instructions say never to ask for, repeat or guess a value, and to use names and references", () => {
  const instructions = manifest.ai.instructions;
  expect(instructions).toMatch(/never ask/i);
  expect(instructions).toMatch(/repeat/i);
  expect(instructions).toMatch(/guess/i);
  expect(instructions).toMatch(/op:\/\/ reference/);
  expect(instructions).toContain("copy-secret");
});

test("no mock holds anything shaped like a value: the model is never shown one, even in an eval", () => {
  const keys = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.flatMap(keys)
      : value !== null && typeof value === "object"
        ? Object.entries(value).flatMap(([key, inner]) => [key, ...keys(inner)])
        : [];
  const mockKeys = new Set(evals.flatMap((evaluation) => keys(evaluation.mocks ?? {})));
  for (const forbidden of ["value", "password", "otp", "code"]) expect(mockKeys).not.toContain(forbidden);
});
