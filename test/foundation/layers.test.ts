import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * The layer rules in eslint.config.mjs, run by ESLint itself on a probe import written at a real file's place: each
 * forbidden direction is reported, and the same import from where it is allowed is not. Only no-restricted-imports
 * runs, without type information, so the check stays quick. ESLint loads its config with a dynamic import, which
 * Jest's module sandbox refuses, so the probes run in one child process.
 */

const PROBE_RUNNER = `
import { ESLint } from "eslint";
const probes = JSON.parse(process.argv[1]);
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { project: null, projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === "no-restricted-imports",
});
const out = [];
for (const [filePath, specifier] of probes) {
  const [result] = await eslint.lintText("import " + JSON.stringify(specifier) + ";\\n", { filePath });
  out.push(result.messages.map((message) => message.message));
}
process.stdout.write(JSON.stringify(out));
`;

function lintProbes(probes: [filePath: string, specifier: string][]): string[][] {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", PROBE_RUNNER, JSON.stringify(probes)], {
    cwd: join(__dirname, "..", ".."),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const forbidden: [string, string, string, RegExp][] = [
  ["a screen family", "src/components/items/ItemRow.tsx", "../save-item/SaveItemScreen", /screen family/],
  [
    "a family, the long way",
    "src/components/items/ItemRow.tsx",
    "../../components/create-vault/CreateVaultForm",
    /screen family/,
  ],
  ["the commands' links", "src/components/items/ItemRow.tsx", "../../screen-links", /screen family/],
  ["shared components", "src/components/shared/RefreshActions.tsx", "../items/ItemList", /no screen family/],
  ["the SDK outside its layer", "src/components/items/deliver.ts", "@1password/sdk", /Only src\/onepassword/],
  ["the 1Password layer", "src/onepassword/items.ts", "../search/item-search", /below src\/search/],
  ["the pure helpers", "src/lib/model.ts", "../onepassword/items", /lowest layer/],
  ["the domain", "src/domain/save-draft.ts", "../components/shared/mutation", /./],
  ["the AI tools", "src/tools/search-items.ts", "../hooks/useMetadataIndex", /./],
];

test("each forbidden direction is reported with the rule's words", () => {
  const found = lintProbes(forbidden.map(([, filePath, specifier]) => [filePath, specifier]));
  forbidden.forEach(([what, , , message], index) => {
    expect([what, found[index]]).toEqual([what, [expect.stringMatching(message)]]);
  });
});

const allowed: [string, string][] = [
  ["src/components/items/ItemRow.tsx", "../shared/mutation"],
  ["src/components/items/ItemRow.tsx", "./ItemActionPanel"],
  ["src/components/items/ItemRow.tsx", "../../domain/item-shape"],
  ["src/search-secrets.tsx", "./screen-links"],
  ["src/onepassword/items.ts", "@1password/sdk"],
  ["src/tools/search-items.ts", "../domain/item-shape"],
];

test("the same imports from where they are allowed are not", () => {
  const found = lintProbes(allowed);
  allowed.forEach(([filePath, specifier], index) =>
    expect([filePath, specifier, found[index]]).toEqual([filePath, specifier, []]),
  );
});
