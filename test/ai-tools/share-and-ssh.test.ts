import { sshKeyItemSpec } from "../../test-world/fixtures/ssh-keys";
import { host } from "../../test-world/host";
import { opensshForm } from "../../test-world/sim/ssh";
import type { SimSharePolicy } from "../../test-world/sim/model";
import { turnOnBackgroundClear } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";
import {
  answerOf,
  callTool,
  errorOf,
  expectClearScheduled,
  seedToolWorld,
  type ToolWorld,
} from "../../test-world/support/tools";

/**
 * share-item and search-items' SSH keys, from their built files (dist/tools/*.js) as Raycast AI calls them: the share
 * is confirmed with the item, expiry and recipients named, the link reaches only the clipboard (concealed), and
 * search-items shows SSH keys' public parts, never the private key.
 */
const app = useSimulatedApp();
let world: ToolWorld;
const PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq2Lm7Rv9Tz4Kp8Wn3Bd6Hs1Yc5Jf0Ga2Ue7M ci@acme";
const FINGERPRINT = "SHA256:Hq2Lm7Rv9Tz4Kp8Wn3Bd6Hs1Yc5Jf0Ga2Ue7MxPk";
const PRIVATE_KEY =
  "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIPrivateKeyBodyOfTheDeployKey0123\n-----END PRIVATE KEY-----\n";

beforeEach(async () => {
  world = seedToolWorld(app());
  app()
    .account(world.account)
    .addItem(
      world.vaults.engineering,
      sshKeyItemSpec({ privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, fingerprint: FINGERPRINT }),
    );
  await turnOnBackgroundClear();
});

const call = (name: string, input: unknown) => callTool(app(), world, name, input);

test("search-items gives an SSH key's public key and fingerprint, never its private key", async () => {
  const answer = answerOf(await call("search-items", { query: "deploy key" }));
  const text = JSON.stringify(answer);
  expect(answer.items).toEqual([
    expect.objectContaining({
      title: "Deploy Key",
      sshKeys: [{ label: "private key", keyType: "ed25519", publicKey: PUBLIC_KEY, fingerprint: FINGERPRINT }],
    }),
  ]);
  expect(text).not.toContain("PrivateKeyBody");
  expect(text).not.toContain(opensshForm(PRIVATE_KEY)?.split("\n")[1] ?? "never");
});

describe("share-item", () => {
  test("asks with the item, expiry and recipients, then copies the link concealed and answers without it", async () => {
    host.answerToolConfirmations(true);
    const outcome = await call("share-item", {
      item: "GitHub",
      expiry: "1 day",
      recipients: ["dana@example.com", "acme.dev"],
    });
    const answer = answerOf(outcome);
    const link = app().shares[0]?.link ?? "";
    expect(link).toMatch(/^https:\/\/share\.1password\.com\//);
    expect(host.clipboard).toEqual({ text: link, concealed: true });
    expectClearScheduled();
    expect(answer).toEqual(
      expect.objectContaining({
        item: "GitHub",
        expires: "after 1 day",
        recipients: "dana@example.com, acme.dev",
        link: "copied to the clipboard",
        concealed: true,
      }),
    );
    expect(host.toolRuns.at(-1)?.confirmation?.info).toEqual(
      expect.arrayContaining([
        { name: "Item", value: "GitHub" },
        { name: "Expires", value: "after 1 day" },
        { name: "Recipients", value: "dana@example.com, acme.dev" },
      ]),
    );
    expect(app().shares[0]).toEqual(
      expect.objectContaining({
        expireAfter: "OneDay",
        recipients: [
          { type: "Email", parameters: { email: "dana@example.com" } },
          { type: "Domain", parameters: { domain: "acme.dev" } },
        ],
      }),
    );
    // callTool's canary check covers the link too (the simulator counts it as a secret); it is said here as well.
    expect(JSON.stringify(host.toolRuns)).not.toContain(link);
  });

  test("declined: no link is created", async () => {
    host.answerToolConfirmations(false);
    const outcome = await call("share-item", { item: "Stripe" });
    expect(outcome.kind).toBe("declined");
    expect(app().shares).toEqual([]);
    expect(app().callsNamed("ItemsSharesCreate")).toEqual([]);
  });

  test("an expiry beyond the policy and recipients it forbids are refused in words before asking", async () => {
    app().setSharePolicy(world.account, {
      maxExpiry: "SevenDays",
      defaultExpiry: "OneDay",
      allowedTypes: ["Authenticated"],
      allowedRecipientTypes: ["Email"],
      files: { allowed: false, maxSize: 0 },
    });
    expect(errorOf(await call("share-item", { item: "Stripe", expiry: "30 days", recipients: ["a@b.co"] }))).toBe(
      "Your account's policy allows share links for at most 7 days.",
    );
    expect(errorOf(await call("share-item", { item: "Stripe" }))).toMatch(/only for specific people/);
    expect(errorOf(await call("share-item", { item: "Stripe", recipients: ["acme.dev"] }))).toMatch(
      /allows only email addresses/,
    );
    expect(app().shares).toEqual([]);
  });

  test("the policy's default expiry changes while the person reads the confirmation: nothing is shared, it says what", async () => {
    const policy: SimSharePolicy = {
      maxExpiry: "ThirtyDays",
      defaultExpiry: "SevenDays",
      allowedTypes: ["Authenticated", "Public"],
      allowedRecipientTypes: ["Email", "Domain"],
      files: { allowed: false, maxSize: 0 },
    };
    app().setSharePolicy(world.account, policy);
    host.answerToolConfirmations(() => {
      app().setSharePolicy(world.account, { ...policy, defaultExpiry: "ThirtyDays" });
      return true;
    });
    const outcome = await call("share-item", { item: "Stripe" });
    expect(errorOf(outcome)).toBe(
      "Nothing was shared: since the person confirmed, the link would expire after 30 days, not 7 days. Ask again to confirm the link as it stands now.",
    );
    expect(host.toolRuns.at(-1)?.confirmation?.info).toEqual(
      expect.arrayContaining([{ name: "Expires", value: "after 7 days" }]),
    );
    expect(app().shares).toEqual([]);
    expect(app().callsNamed("ItemsSharesCreate")).toEqual([]);
  });

  test("a vault without the Share Items permission is said in words", async () => {
    app().denyVault(world.vaults.engineering, ["write"]);
    expect(errorOf(await call("share-item", { item: "Stripe" }))).toMatch(/^Cannot Share from This Vault\./);
    expect(app().shares).toEqual([]);
  });
});
