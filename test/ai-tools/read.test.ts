import { parse as parseDotenv } from "dotenv";
import { host } from "../../test-world/host";
import { canary } from "../../test-world/support/canary";
import { useSimulatedApp } from "../../test-world/support/world";
import {
  answerOf,
  callTool,
  errorOf,
  registerStaging,
  seedToolWorld,
  SECRETS,
  type ToolWorld,
} from "../../test-world/support/tools";

/**
 * The tools that only read, called from the files `ray build` wrote (dist/tools/<name>.js) the way Raycast AI calls
 * them, over the simulated app. Every call is checked for canaries in its answer, its error and everywhere else
 * (callTool); here the answers are checked to hold what the model needs: names, vaults and references.
 */
const app = useSimulatedApp();
let world: ToolWorld;
beforeEach(() => (world = seedToolWorld(app())));

const call = (name: string, input: unknown, preferences?: Record<string, unknown>) =>
  callTool(app(), world, name, input, preferences);

describe("search-items", () => {
  test("finds an item by words, with its vault, category, host and the reference of every field", async () => {
    const answer = answerOf(await call("search-items", { query: "github" }));
    expect(answer.total).toBe(1);
    expect(answer.items).toEqual([
      {
        title: "GitHub",
        vault: "Engineering",
        account: world.account,
        category: "Login",
        websites: ["github.com"],
        tags: [],
        fields: [
          { label: "password", kind: "password", secret: true, reference: "op://Engineering/GitHub/password" },
          { label: "username", kind: "username", secret: false, reference: "op://Engineering/GitHub/username" },
          {
            label: "one-time password",
            kind: "one-time password",
            secret: true,
            reference: "op://Engineering/GitHub/one-time password?attribute=otp",
          },
        ],
      },
    ]);
  });

  test("narrows by category and vault; a field in a section is referenced through it", async () => {
    const answer = answerOf(await call("search-items", { query: "", category: "api credentials" }));
    expect((answer.items as { title: string }[]).map((item) => item.title).sort()).toEqual(["AWS", "Stripe"]);
    const aws = answerOf(await call("search-items", { query: "aws", vault: "infrastructure" }));
    const [item] = aws.items as { fields: { label: string; reference: string }[] }[];
    expect(item?.fields).toEqual([
      expect.objectContaining({
        label: "Production › secret access key",
        reference: expect.stringMatching(/^op:\/\/Infrastructure\/AWS\/Production\/secret access key$/),
      }),
      expect.objectContaining({ label: "Production › access key id" }),
    ]);
  });

  test("two items of one title are told apart by their vaults, in the answer and in their references", async () => {
    const answer = answerOf(await call("search-items", { query: "office wi-fi" }));
    const items = answer.items as { vault: string; fields: { reference: string }[] }[];
    expect(items.map((item) => item.vault).sort()).toEqual(["Engineering", "Finance"]);
    // "Office Wi-Fi" is unique within each vault; the hyphen is allowed in a reference name.
    expect(items.flatMap((item) => item.fields.map((field) => field.reference)).sort()).toEqual([
      "op://Engineering/Office Wi-Fi/password",
      "op://Finance/Office Wi-Fi/password",
    ]);
  });

  test("reads the index the commands keep, and lists the account only when there is none", async () => {
    await call("search-items", { query: "stripe" });
    const listed = app().callsNamed("ItemsList").length;
    expect(listed).toBeGreaterThan(0);
    const again = answerOf(await call("search-items", { query: "stripe" }));
    expect((again.items as { title: string }[])[0]?.title).toBe("Stripe");
    expect(app().callsNamed("ItemsList")).toHaveLength(listed);
    expect(Object.keys(host.cache["metadata-index"] ?? {})).not.toHaveLength(0);
  });

  test("says which vaults exist when asked for one that does not, and which categories exist", async () => {
    expect(errorOf(await call("search-items", { query: "x", vault: "Marketing" }))).toBe(
      "No vault “Marketing”. Vaults: “Engineering”, “Infrastructure”, “Finance”.",
    );
    expect(errorOf(await call("search-items", { query: "x", category: "Recipe" }))).toMatch(
      /^“Recipe” is not a 1Password category\. Categories: Login, Secure Note,/,
    );
    expect(errorOf(await call("search-items", { query: "x", account: "Other" }))).toBe(
      `“Other” is not one of the configured accounts: “${world.account}”.`,
    );
  });

  test("a locked 1Password is said so, in the words the commands use", async () => {
    app().lockedPrompt = "deny";
    app().lock();
    expect(errorOf(await call("search-items", { query: "github" }))).toBe(
      'Access Not Granted. The "1Password Access Requested" prompt was denied, closed or not answered. Choose Authorize Again and approve it in 1Password (it may open behind other windows).',
    );
  });
});

describe("list-environments and list-variables", () => {
  test("without Environments it says how to add one", async () => {
    const answer = answerOf(await call("list-environments", {}));
    expect(answer).toEqual({ environments: [], note: expect.stringContaining("Search Environments") });
  });

  test("lists the added Environments, then one Environment's variable names and masks, never values", async () => {
    await registerStaging(world);
    expect(answerOf(await call("list-environments", {}))).toEqual({
      environments: [{ name: "Staging", id: world.staging, account: world.account }],
    });
    expect(answerOf(await call("list-variables", { environment: "staging" }))).toEqual({
      environment: "Staging",
      account: world.account,
      variables: [
        { name: "API_KEY", masked: true },
        { name: "DATABASE_URL", masked: true },
        { name: "REGION", masked: false },
      ],
    });
    // A model that fills in every field sends an empty account: that is no account, not one named "".
    const blankAccount = answerOf(await call("list-variables", { environment: "Staging", account: "" }));
    expect(blankAccount.environment).toBe("Staging");
  });

  test("an Environment 1Password refuses, or one not added, fails in words", async () => {
    await registerStaging(world);
    app().account(world.account).denyEnvironment(world.staging);
    expect(errorOf(await call("list-variables", { environment: "Staging" }))).toBe(
      "Permission Denied. Your account does not have permission for this in 1Password. Ask a vault manager for access.",
    );
    expect(errorOf(await call("list-variables", { environment: "Production" }))).toBe(
      "No Environment “Production” was added. Added Environments: “Staging”.",
    );
  });
});

describe("write-env-template", () => {
  test("writes NAME=op://… lines for items by title and by reference and returns them, leaving the clipboard alone", async () => {
    host.userCopies("what the person had");
    const outcome = await call("write-env-template", {
      items: ["GitHub", "Stripe", "op://Infrastructure/AWS/Production/secret access key"],
    });
    const template = [
      "GITHUB_PASSWORD=op://Engineering/GitHub/password",
      "STRIPE_CREDENTIAL=op://Engineering/Stripe/credential",
      'AWS_SECRET_ACCESS_KEY="op://Infrastructure/AWS/Production/secret access key"',
      "",
    ].join("\n");
    expect(answerOf(outcome)).toEqual({ template });
    // The clipboard is the person's: the model shows the template, and the person copies it from the chat.
    expect(host.clipboard).toEqual({ text: "what the person had", concealed: false });
    expect(host.launches).toEqual([]);
  });

  test("an Environment variable whose name a .env file cannot hold is left out and said why, never written", async () => {
    await registerStaging(world);
    const hostile = "X\nNODE_OPTIONS=--require=/tmp/evil.js\n#";
    app()
      .account(world.account)
      .state.environments.get(world.staging)
      ?.variables.push(
        { name: hostile, value: canary("env-hostile"), masked: true },
        { name: "__proto__", value: canary("env-proto"), masked: true },
      );
    const answer = answerOf(await call("write-env-template", { environment: "Staging" }));
    const template = String(answer.template);
    // Read by the program the template is for: only the Environment's real names, each without a value.
    expect(parseDotenv(template)).toEqual({ API_KEY: "", DATABASE_URL: "", REGION: "" });
    expect(template).not.toContain("NODE_OPTIONS");
    expect(answer.skipped).toEqual([
      {
        entry: "X NODE_OPTIONS=--require=/tmp/evil.js #",
        reason: "Not a valid .env name: use letters, digits and underscores.",
      },
      { entry: "__proto__", reason: "A .env file cannot hold a variable named __proto__." },
    ]);
    expect(host.clipboard).toBeUndefined();
  });

  test("adds an Environment's variable names without values, and says what it left out", async () => {
    await registerStaging(world);
    const answer = answerOf(
      await call("write-env-template", { items: ["Office Wi-Fi", "Nope"], environment: "Staging" }),
    );
    expect(answer.template).toBe(
      [
        `# From the 1Password Environment “Staging” (${world.staging}): values are not written here.`,
        "API_KEY=",
        "DATABASE_URL=",
        "REGION=",
        "",
      ].join("\n"),
    );
    expect(answer.skipped).toEqual([
      {
        entry: "Office Wi-Fi",
        reason: `several items have this title, in “Engineering” (${world.account}), “Finance” (${world.account}): use the op:// reference instead`,
      },
      { entry: "Nope", reason: expect.stringMatching(/^no item has this title/) },
    ]);
  });

  test("nothing to write is an error that names each entry's problem", async () => {
    expect(errorOf(await call("write-env-template", { items: ["Nope"] }))).toMatch(
      /^Nothing to write: Nope \(no item has this title/,
    );
    expect(host.clipboard).toBeUndefined();
  });
});

test("every secret of the account stayed out of every answer (the canaries are really there to find)", async () => {
  const values = app().allSecretValues();
  expect(values).toEqual(expect.arrayContaining([SECRETS.githubPassword, SECRETS.awsSecret]));
  await registerStaging(world);
  for (const [name, input] of [
    ["search-items", { query: "", vault: "Engineering", limit: 25 }],
    ["search-items", { query: "", vault: "Infrastructure", limit: 25 }],
    ["search-items", { query: "", vault: "Finance", limit: 25 }],
    ["list-variables", { environment: "Staging" }],
    ["write-env-template", { items: ["GitHub", "Stripe", "AWS", "Production Database"], environment: "Staging" }],
  ] as const) {
    expect((await call(name, input)).kind).toBe("answered");
  }
  expect(host.toolRuns).toHaveLength(5);
});
