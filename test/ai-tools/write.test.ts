import { sshKeyItemSpec } from "../../test-world/fixtures/ssh-keys";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HEARTBEAT_KEY } from "../../src/clipboard/background-heartbeat";
import { bitsOf } from "../../src/lib/permissions";
import { host, loadBuiltTool } from "../../test-world/host";
import { RawResult } from "../../test-world/sim";
import { leaksIn } from "../../test-world/support/canary";
import { turnOnBackgroundClear } from "../../test-world/support/commands";
import { useFakeKeystrokes } from "../../test-world/support/keystroke";
import { useSimulatedApp } from "../../test-world/support/world";
import {
  answerOf,
  callTool,
  errorOf,
  expectClearScheduled,
  registerStaging,
  seedToolWorld,
  SECRETS,
  type ToolWorld,
} from "../../test-world/support/tools";

/**
 * The tools that copy a secret or change 1Password, called from their built files as Raycast AI calls them: each asks
 * first with a confirmation that names what it will do, does nothing when the person declines, and answers without
 * a value.
 */
const app = useSimulatedApp();
// copy-secret's deliver "type" starts the system's keystroke program: the fake one of macOS.
useFakeKeystrokes("darwin");
let world: ToolWorld;
beforeEach(async () => {
  world = seedToolWorld(app());
  // Background clearing has run once, as it has for anyone who opened Clear Copied Secret: a copy's clear is certain.
  await turnOnBackgroundClear();
});

const call = (name: string, input: unknown, preferences?: Record<string, unknown>) =>
  callTool(app(), world, name, input, preferences);
const acme = () => app().account(world.account);

describe("copy-secret", () => {
  const github = { reference: "op://Engineering/GitHub/password" };

  test("asks naming the item, field and vault, then copies concealed, schedules the clear and answers only that", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("copy-secret", github);
    expect(outcome.confirmation).toEqual({
      message: "Copy the password of “GitHub” to the clipboard?",
      info: [
        { name: "Item", value: "GitHub" },
        { name: "Field", value: "password" },
        { name: "Vault", value: "Engineering" },
        { name: "Account", value: world.account },
        { name: "Clipboard Clears", value: "in 90 s" },
      ],
    });
    expect(answerOf(outcome)).toEqual({ copied: "password of “GitHub”", concealed: true, clears: "in 90 s" });
    expect(host.clipboard).toEqual({ text: SECRETS.githubPassword, concealed: true });
    expectClearScheduled();
    // The person is reading the AI's answer: a toast says what was copied, the window stays open.
    expect(host.toasts.map((toast) => toast.title)).toEqual(["Copied password of “GitHub”"]);
    // (The authorization prompt takes focus, as it does in Raycast; nothing of the tool's own closes the window.)
    expect(host.windowClosures.filter((reason) => reason !== "1Password Access Requested")).toEqual([]);
  });

  test("declined: nothing is read from 1Password and the clipboard is untouched", async () => {
    host.userCopies("what the person had");
    host.answerToolConfirmations(false);
    const outcome = await call("copy-secret", github);
    expect(outcome.kind).toBe("declined");
    expect(app().callsNamed("SecretsResolve")).toEqual([]);
    expect(host.clipboard).toEqual({ text: "what the person had", concealed: false });
    expect(host.launches).toEqual([]);
  });

  test("copies a one-time password and an Environment variable the same way", async () => {
    await registerStaging(world);
    host.answerToolConfirmations(true, true);
    const otp = await call("copy-secret", { reference: "op://Engineering/GitHub/one-time password?attribute=otp" });
    expect(otp.confirmation?.info).toContainEqual({ name: "Field", value: "one-time password (one-time password)" });
    expect(host.clipboard).toEqual({ text: expect.stringMatching(/^\d{6}$/), concealed: true });
    const variable = await call("copy-secret", { environment: "Staging", variable: "API_KEY" });
    expect(variable.confirmation).toEqual({
      message: "Copy the value of API_KEY from “Staging” to the clipboard?",
      info: [
        { name: "Environment", value: "Staging" },
        { name: "Variable", value: "API_KEY" },
        { name: "Account", value: world.account },
        { name: "Clipboard Clears", value: "in 90 s" },
      ],
    });
    expect(answerOf(variable)).toEqual({ copied: "value of API_KEY", concealed: true, clears: "in 90 s" });
    expect(host.clipboard).toEqual({ text: SECRETS.apiKey, concealed: true });
    expectClearScheduled();
  });

  test("before background clearing has ever run, the answer does not promise the clear and says how to turn it on", async () => {
    host.internal.localStorage.delete(HEARTBEAT_KEY);
    host.answerToolConfirmations(true);
    const outcome = await call("copy-secret", github);
    expect(answerOf(outcome).clears).toBe(
      "in 90 s only while Raycast runs Clear Copied Secret in the background, which is not on yet: the person turns it on by running the Clear Copied Secret command once",
    );
    expect(host.clipboard).toEqual({ text: SECRETS.githubPassword, concealed: true });
    expectClearScheduled();
  });

  test("follows the clear delay preference, Never included", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("copy-secret", github, { clipboardClearDelay: "never" });
    expect(answerOf(outcome).clears).toBe("never (the Clear Clipboard After preference is Never)");
    expect(host.clipboard?.concealed).toBe(true);
    expect(host.launches).toEqual([]);
  });

  test("a reference that names nothing, or is not a reference, fails in words", async () => {
    host.answerToolConfirmations(true);
    expect(errorOf(await call("copy-secret", { reference: "op://Engineering/GitHub/pin" }))).toBe(
      "Not Found. 1Password has no field at op://Engineering/GitHub/pin. Use a reference from search-items.",
    );
    const notAReference = await call("copy-secret", { reference: "GitHub password" });
    expect(errorOf(notAReference)).toBe('A secret reference starts with "op://". Use a reference from search-items.');
    expect(notAReference.confirmation).toBeUndefined();
    expect(host.clipboard).toBeUndefined();
  });

  test("a malformed answer from 1Password holding a value is reported without any of it", async () => {
    host.answerToolConfirmations(true);
    app().malformNext("SecretsResolve", () => new RawResult(`{"value": "${SECRETS.githubPassword}`));
    expect(errorOf(await call("copy-secret", github))).toBe(
      "Unexpected Answer from 1Password. 1Password returned data this extension does not understand. Copy the details to report it.",
    );
    expect(host.clipboard).toBeUndefined();
  });

  test("with several accounts, the account is the one whose vault the reference names, or the one the model names", async () => {
    const other = seedToolWorld(app());
    const accounts = { accounts: `${world.account}, ${other.account}` };
    expect(errorOf(await call("copy-secret", github, accounts))).toBe(
      `Several accounts have a vault “Engineering”: say which account to use (“${world.account}”, “${other.account}”).`,
    );
    host.answerToolConfirmations(true);
    const named = await call("copy-secret", { ...github, account: other.account.toUpperCase() }, accounts);
    expect(named.confirmation?.info).toContainEqual({ name: "Account", value: other.account });
    expect(host.clipboard).toEqual({ text: SECRETS.githubPassword, concealed: true });
    expect(
      app()
        .callsNamed("SecretsResolve")
        .map((resolve) => resolve.account),
    ).toEqual([other.account]);
  });

  test("access denied in 1Password is said so before anything is asked", async () => {
    acme().prompt = "deny";
    const outcome = await call("copy-secret", github);
    expect(errorOf(outcome)).toBe(
      'Access Not Granted. The "1Password Access Requested" prompt was denied, closed or not answered. Choose Authorize Again and approve it in 1Password (it may open behind other windows).',
    );
    expect(outcome.confirmation).toBeUndefined();
  });
});

describe("create-vault", () => {
  const vaultTitles = () => [...acme().state.vaults.values()].map((vault) => vault.title);

  test("asks naming the vault and account, then creates it once", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("create-vault", { title: "Q3 Launch", description: "Launch secrets" });
    expect(outcome.confirmation).toEqual({
      message: `Create the vault “Q3 Launch” in ${world.account}?`,
      info: [
        { name: "Title", value: "Q3 Launch" },
        { name: "Description", value: "Launch secrets" },
        { name: "Account", value: world.account },
        { name: "Administrators", value: "Can manage it" },
      ],
    });
    const created = answerOf(outcome).created as { id: string };
    expect(answerOf(outcome)).toEqual({ created: { title: "Q3 Launch", id: created.id, account: world.account } });
    expect(vaultTitles().filter((title) => title === "Q3 Launch")).toHaveLength(1);
    expect(acme().state.vaults.get(created.id)?.description).toBe("Launch secrets");
  });

  test("declined: no vault is created", async () => {
    host.answerToolConfirmations(false);
    expect((await call("create-vault", { title: "Q3 Launch" })).kind).toBe("declined");
    expect(app().callsNamed("VaultsCreate")).toEqual([]);
    expect(vaultTitles()).not.toContain("Q3 Launch");
  });

  test("warns of a vault with the same title; refuses a title 1Password would not take", async () => {
    host.answerToolConfirmations(false);
    const outcome = await call("create-vault", { title: "engineering" });
    expect(outcome.confirmation?.info).toContainEqual({
      name: "Note",
      value: "A vault titled “Engineering” already exists; this makes a second one.",
    });
    expect(errorOf(await call("create-vault", { title: "x".repeat(101) }))).toBe(
      "Vault title: Use at most 100 characters.",
    );
  });

  test("1Password locking after the confirmation is said so, and no vault is made", async () => {
    host.answerToolConfirmations(true);
    // The session ends; the SDK authorizes again once and retries, and the app is still locked.
    const expired = { name: "DesktopSessionExpired", message: "desktop session expired" };
    app().failNext("VaultsCreate", expired);
    app().failNext("VaultsCreate", expired);
    expect(errorOf(await call("create-vault", { title: "Q3 Launch" }))).toBe(
      "1Password Is Locked. Access ended because 1Password locked or was idle. Unlock it and approve access again.",
    );
    expect(vaultTitles()).not.toContain("Q3 Launch");
  });

  test("a lost answer from 1Password is checked, and the vault is not made twice", async () => {
    host.answerToolConfirmations(true);
    app().malformNext("VaultsCreate", () => new RawResult("{oops"));
    const outcome = await call("create-vault", { title: "Q3 Launch" });
    expect(answerOf(outcome)).toMatchObject({ created: { title: "Q3 Launch" } });
    expect(app().callsNamed("VaultsCreate")).toHaveLength(1);
    expect(vaultTitles().filter((title) => title === "Q3 Launch")).toHaveLength(1);
  });
});

describe("set-vault-access", () => {
  const access = (groupId: string) => acme().state.vaults.get(world.vaults.finance)?.groupAccess.get(groupId);

  test("grants a new group, named by its ID, after a confirmation that says exactly what changes", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("set-vault-access", {
      vault: "Finance",
      group: world.groups.designers,
      access: "edit",
    });
    expect(outcome.confirmation).toEqual({
      style: "regular",
      message: "Give “Designers” Edit access to “Finance”?",
      info: [
        { name: "Vault", value: "Finance" },
        { name: "Group", value: "Designers" },
        { name: "Access Now", value: "None" },
        { name: "Access After", value: "Edit" },
        { name: "Account", value: world.account },
      ],
    });
    expect(answerOf(outcome)).toEqual({ changed: true, result: "“Designers” now has Edit access to “Finance”." });
    expect(access(world.groups.designers)).toBe(bitsOf("edit"));
  });

  test("changes a group that has access, named by its name", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("set-vault-access", { vault: "finance", group: "developers", access: "manage" });
    expect(outcome.confirmation?.message).toBe(
      "Change “Developers”'s access to “Finance” from View & Reveal to Manage?",
    );
    expect(access(world.groups.developers)).toBe(bitsOf("manage"));
  });

  test("revoking asks in the destructive style, and does nothing when declined", async () => {
    host.answerToolConfirmations(false, true);
    const input = { vault: "Finance", group: "Contractors", access: "revoke" };
    const declined = await call("set-vault-access", input);
    expect(declined).toEqual({
      kind: "declined",
      confirmation: expect.objectContaining({
        style: "destructive",
        message:
          "Revoke “Contractors”'s access to “Finance”? Its members will no longer see the vault, unless they have access another way.",
      }),
    });
    expect(app().callsNamed("VaultsRevokeGroupPermissions")).toEqual([]);
    expect(access(world.groups.contractors)).toBe(bitsOf("edit"));
    const revoked = await call("set-vault-access", input);
    expect(answerOf(revoked)).toEqual({ changed: true, result: "“Contractors” no longer has access to “Finance”." });
    expect(access(world.groups.contractors)).toBeUndefined();
  });

  test("a request that changes nothing still asks, and answers that nothing changed", async () => {
    host.answerToolConfirmations(true);
    const same = await call("set-vault-access", { vault: "Finance", group: "Developers", access: "viewAndReveal" });
    expect(same.confirmation).toEqual({
      style: "regular",
      message: "“Developers” already has View & Reveal access to “Finance”: nothing changes.",
      info: [
        { name: "Vault", value: "Finance" },
        { name: "Group", value: "Developers" },
        { name: "Access Now", value: "View & Reveal" },
        { name: "Access After", value: "View & Reveal" },
        { name: "Account", value: world.account },
      ],
    });
    expect(answerOf(same)).toEqual({
      changed: false,
      result: "“Developers” already has View & Reveal access to “Finance”: nothing changes.",
    });
  });

  test("an unknown group is named with the groups that have access", async () => {
    expect(errorOf(await call("set-vault-access", { vault: "Finance", group: "Designers", access: "edit" }))).toBe(
      "No group named “Designers” has access to “Finance” (groups with access: “Developers”, “Contractors”). " +
        "To give a new group access, use its group ID: 26 letters and digits, from the group's page in 1Password.",
    );
    expect(app().callsNamed("VaultsGrantGroupPermissions")).toEqual([]);
  });

  test("access that changes while the person reads the confirmation: nothing is changed, and the answer says what changed", async () => {
    host.answerToolConfirmations(() => {
      // Someone else changes Developers' access in 1Password before the person confirms.
      acme().grant(world.vaults.finance, world.groups.developers, bitsOf("edit"));
      return true;
    });
    const outcome = await call("set-vault-access", { vault: "Finance", group: "Developers", access: "manage" });
    expect(outcome.confirmation?.message).toBe(
      "Change “Developers”'s access to “Finance” from View & Reveal to Manage?",
    );
    expect(errorOf(outcome)).toBe(
      "Nothing was changed: since the person confirmed, “Developers”'s access to “Finance” changed from View & Reveal to Edit. " +
        "Ask again to confirm the change as it stands now.",
    );
    expect(app().callsNamed("VaultsUpdateGroupPermissions")).toEqual([]);
    expect(access(world.groups.developers)).toBe(bitsOf("edit"));
  });

  test("a confirmed no-op is not turned into a grant when the group loses its access meanwhile", async () => {
    host.answerToolConfirmations(() => {
      acme().state.vaults.get(world.vaults.finance)?.groupAccess.delete(world.groups.developers);
      return true;
    });
    const outcome = await call("set-vault-access", {
      vault: "Finance",
      group: world.groups.developers,
      access: "viewAndReveal",
    });
    expect(outcome.confirmation?.message).toBe(
      "“Developers” already has View & Reveal access to “Finance”: nothing changes.",
    );
    expect(errorOf(outcome)).toBe(
      "Nothing was changed: since the person confirmed, “Developers”'s access to “Finance” changed from View & Reveal to no access. " +
        "Ask again to confirm the change as it stands now.",
    );
    expect(app().callsNamed("VaultsGrantGroupPermissions")).toEqual([]);
    expect(access(world.groups.developers)).toBeUndefined();
  });

  test("a vault renamed while the person reads the confirmation is not acted on", async () => {
    host.answerToolConfirmations(() => {
      const finance = acme().state.vaults.get(world.vaults.finance);
      if (finance) finance.title = "Finance (old)";
      return true;
    });
    const outcome = await call("set-vault-access", {
      vault: world.vaults.finance,
      group: "Contractors",
      access: "revoke",
    });
    expect(errorOf(outcome)).toBe(
      "Nothing was changed: since the person confirmed, the vault “Finance” was renamed “Finance (old)”. " +
        "Ask again to confirm the change as it stands now.",
    );
    expect(access(world.groups.contractors)).toBe(bitsOf("edit"));
  });
});

test("set-vault-access on an account without group permissions says so, and Manage Vaults remembers it", async () => {
  acme().type = "family";
  host.answerToolConfirmations(true);
  const outcome = await call("set-vault-access", { vault: "Finance", group: world.groups.designers, access: "edit" });
  expect(errorOf(outcome)).toBe(
    "Not Available for This Account. Group permissions need a 1Password Business or Teams account.",
  );
  expect(host.cache["group-permission-support"]).toEqual({ [world.account]: "unavailable" });
  // From then on the tool says so before asking the person anything, as the permission forms do.
  const again = await call("set-vault-access", { vault: "Finance", group: world.groups.designers, access: "edit" });
  expect(again.confirmation).toBeUndefined();
  expect(errorOf(again)).toBe("Group permissions need a 1Password Business or Teams account; this account has none.");
});

describe("generate-password", () => {
  test("asks, copies a new password concealed and answers only its recipe and length", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("generate-password", {});
    expect(outcome.confirmation).toEqual({
      message: "Copy a new password to the clipboard?",
      info: [
        { name: "Password", value: "random, 20 characters, with digits and symbols" },
        { name: "Clipboard Clears", value: "in 90 s" },
      ],
    });
    expect(answerOf(outcome)).toEqual({
      copied: "a new password",
      concealed: true,
      clears: "in 90 s",
      recipe: "random, 20 characters, with digits and symbols",
      length: "20 characters",
    });
    const password = host.clipboard?.text ?? "";
    expect(host.clipboard).toEqual({ text: expect.any(String), concealed: true });
    expect([...password]).toHaveLength(20);
    expect(leaksIn(JSON.stringify({ runs: host.toolRuns, toasts: host.toasts, logs: host.logs }), [password])).toEqual(
      [],
    );
    expectClearScheduled();
  });

  test("takes a memorable recipe, and refuses one out of range in words", async () => {
    host.answerToolConfirmations(true);
    const memorable = await call("generate-password", { kind: "memorable", words: 5, separator: "periods" });
    expect(answerOf(memorable)).toMatchObject({
      recipe: "memorable, 5 words separated by periods, capitalized",
      length: "5 words",
    });
    expect(host.clipboard?.text.split(".")).toHaveLength(5);
    expect(errorOf(await call("generate-password", { length: 4 }))).toMatch(/^The length is not accepted: /);
  });

  test("saves it as a new item after a confirmation, answering with its reference, never the password", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("generate-password", {
      saveAs: "Deploy Key",
      vault: "Engineering",
      website: "deploy.example.com",
    });
    expect(outcome.confirmation).toEqual({
      message: "Save a new password as “Deploy Key” in “Engineering”?",
      info: [
        { name: "Item", value: "Deploy Key" },
        { name: "Vault", value: "Engineering" },
        { name: "Account", value: world.account },
        { name: "Website", value: "https://deploy.example.com" },
        { name: "Password", value: "random, 20 characters, with digits and symbols" },
      ],
    });
    expect(answerOf(outcome)).toEqual({
      saved: {
        title: "Deploy Key",
        vault: "Engineering",
        account: world.account,
        reference: "op://Engineering/Deploy Key/password",
      },
      recipe: "random, 20 characters, with digits and symbols",
      length: "20 characters",
    });
    const saved = [...(acme().state.vaults.get(world.vaults.engineering)?.items.values() ?? [])].find(
      (item) => item.title === "Deploy Key",
    );
    expect(saved).toMatchObject({
      category: "Password",
      fields: [expect.objectContaining({ fieldType: "Concealed" })],
    });
    expect(host.clipboard).toBeUndefined();
    // The index knows the new item at once: a search finds it without listing the account again.
    const listed = app().callsNamed("ItemsList").length;
    const found = answerOf(await call("search-items", { query: "deploy" }));
    expect((found.items as { title: string }[]).map((item) => item.title)).toEqual(["Deploy Key"]);
    expect(app().callsNamed("ItemsList")).toHaveLength(listed);
  });

  test("an answer lost after the save: the item is found, not saved a second time", async () => {
    host.answerToolConfirmations(true);
    app().loseAnswerNext("ItemsCreate");
    const outcome = await call("generate-password", { saveAs: "Deploy Key", vault: "Engineering" });
    expect(answerOf(outcome).saved).toEqual({
      title: "Deploy Key",
      vault: "Engineering",
      account: world.account,
      reference: "op://Engineering/Deploy Key/password",
    });
    const saved = [...(acme().state.vaults.get(world.vaults.engineering)?.items.values() ?? [])].filter(
      (item) => item.title === "Deploy Key",
    );
    expect(saved).toHaveLength(1);
    expect(app().callsNamed("ItemsCreate")).toHaveLength(1);
  });

  test("declined: nothing is saved", async () => {
    host.answerToolConfirmations(false);
    expect((await call("generate-password", { saveAs: "Deploy Key", vault: "Engineering" })).kind).toBe("declined");
    expect(app().callsNamed("ItemsCreate")).toEqual([]);
  });
});

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
  await registerStaging(world);
  host.answerToolConfirmations(true, true, true, true, true, true);
  acme().addItem(
    world.vaults.engineering,
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
