import { sshKeyItemSpec } from "../../test-world/fixtures/ssh-keys";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { host, loadBuiltTool } from "../../test-world/host";
import { answerOf, registerStaging } from "../../test-world/support/tools";
import { useWriteToolWorld } from "./write-tools";

/** What the manifest says of the tools: which ones confirm, and evals' mocks shaped like the tools' real answers. */
const { world, call, acme } = useWriteToolWorld();

test("every tool that copies a secret or changes data exports a confirmation; the build declares it", () => {
  const built = JSON.parse(readFileSync(join(__dirname, "..", "..", "dist", "package.json"), "utf8")) as {
    tools: { name: string; confirmation: boolean }[];
  };
  const asking = ["copy-secret", "create-vault", "set-vault-access", "generate-password", "share-item"];
  for (const tool of built.tools) {
    const exported = typeof loadBuiltTool(tool.name).confirmation === "function";
    expect([tool.name, exported, tool.confirmation]).toEqual([
      tool.name,
      asking.includes(tool.name),
      asking.includes(tool.name),
    ]);
  }
  expect(built.tools.map((tool) => tool.name).sort()).toEqual(
    [...asking, "list-environments", "list-variables", "search-items", "write-env-template"].sort(),
  );
});

/** The keys and kinds of a value, arrays by their first element: what a mock must share with a real answer. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [shape(value[0])] : [];
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  }
  return typeof value;
}

/** Where a mock's shape is not part of the real answer's: paths of keys it invents or kinds it gets wrong. */
function mismatches(mock: unknown, real: unknown, path = ""): string[] {
  if (Array.isArray(mock)) {
    if (!Array.isArray(real)) return [path];
    return mock.length === 0 || real.length === 0 ? [] : mismatches(mock[0], real[0], `${path}[]`);
  }
  if (mock !== null && typeof mock === "object") {
    if (real === null || typeof real !== "object" || Array.isArray(real)) return [path];
    const actual = real as Record<string, unknown>;
    return Object.entries(mock).flatMap(([key, inner]) =>
      key in actual ? mismatches(inner, actual[key], `${path}.${key}`) : [`${path}.${key}`],
    );
  }
  return mock === real ? [] : [path];
}

test("the evals' mocks are shaped like what the tools really answer", async () => {
  await registerStaging(world());
  host.answerToolConfirmations(true, true, true, true, true, true);
  acme().addItem(
    world().vaults.engineering,
    sshKeyItemSpec({
      privateKey:
        "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDeployKeyOfTheEvalsWorld\n-----END PRIVATE KEY-----\n",
      publicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEvals",
      fingerprint: "SHA256:Evals",
    }),
  );
  // Answers that only some items give (an SSH key's public parts): a mock may take either shape.
  const alternatives: Record<string, unknown> = {
    "search-items": answerOf(await call("search-items", { query: "deploy key" })),
  };
  const real: Record<string, unknown> = {
    "search-items": answerOf(await call("search-items", { query: "github" })),
    "list-environments": answerOf(await call("list-environments", {})),
    "list-variables": answerOf(await call("list-variables", { environment: "Staging" })),
    "write-env-template": answerOf(await call("write-env-template", { items: ["GitHub"] })),
    "copy-secret": answerOf(await call("copy-secret", { reference: "op://Engineering/GitHub/password" })),
    "copy-secret typed": answerOf(
      await call("copy-secret", { reference: "op://Engineering/GitHub/password", deliver: "type" }),
    ),
    "create-vault": answerOf(await call("create-vault", { title: "Q3 Launch" })),
    "set-vault-access": answerOf(
      await call("set-vault-access", { vault: "Finance", group: "Contractors", access: "revoke" }),
    ),
    "generate-password": answerOf(await call("generate-password", { kind: "memorable" })),
    "share-item": answerOf(await call("share-item", { item: "GitHub", recipients: ["dana@example.com"] })),
  };
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    ai: { evals: { mocks?: Record<string, unknown> }[] };
  };
  const mocks = manifest.ai.evals.flatMap((evaluation) => Object.entries(evaluation.mocks ?? {}));
  expect(mocks.length).toBeGreaterThan(0);
  for (const [tool, mock] of mocks) {
    // A mock may leave out what a real answer adds only sometimes ("more", "skipped"); it may not invent anything.
    const answer = tool === "copy-secret" && mock !== null && typeof mock === "object" && "typed" in mock;
    const kind = answer ? "copy-secret typed" : tool;
    const problems = mismatches(shape(mock), shape(real[kind]));
    const otherwise = tool in alternatives ? mismatches(shape(mock), shape(alternatives[tool])) : problems;
    expect([tool, otherwise.length < problems.length ? otherwise : problems]).toEqual([tool, []]);
  }
});
