import { sshKeyItemSpec } from "../../test-world/fixtures/ssh-keys";
import { host, loadBuiltCommand, type Screen } from "../../test-world/host";
import { opensshForm } from "../../test-world/sim/ssh";
import { ALL_PERMISSIONS, SEND_ITEMS } from "../../test-world/sim/permissions";
import type { SimSharePolicy } from "../../test-world/sim/model";
import { canary, expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { field } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * SSH key actions and Share Item as they ship (dist/search-secrets.js) over the simulated app: public parts in plain
 * text, the private key concealed in OpenSSH format, and share links made within the account's policy and copied
 * concealed, with every refusal in words.
 */

const app = useSimulatedApp();
afterEach(() => host.setAssetsPath(""));

const PRIVATE_BODY = canary("ssh-private-body");
const PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq2Lm7Rv9Tz4Kp8Wn3Bd6Hs1Yc5Jf0Ga2Ue7M dev@laptop";
const FINGERPRINT = "SHA256:Hq2Lm7Rv9Tz4Kp8Wn3Bd6Hs1Yc5Jf0Ga2Ue7MxPk";
const PASSWORD = canary("share-password");

function seed(options: { permissions?: number } = {}) {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Engineering", ...options });
  acme.addItem(
    vault,
    sshKeyItemSpec({
      privateKey: `-----BEGIN PRIVATE KEY-----\n${PRIVATE_BODY}\n-----END PRIVATE KEY-----\n`,
      publicKey: PUBLIC_KEY,
      fingerprint: FINGERPRINT,
    }),
  );
  acme.addItem(vault, {
    title: "Staging Admin",
    category: "Password",
    fields: [{ id: "password", title: "password", fieldType: "Concealed", value: PASSWORD }],
  });
  return { vault };
}

async function open(title: string): Promise<Screen> {
  const screen = await openCommand("search-secrets", { module: loadBuiltCommand("search-secrets") });
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 2);
  await screen.select(title);
  return screen;
}

describe("SSH keys", () => {
  test("↵ copies the public key and Copy Fingerprint the fingerprint, as plain text", async () => {
    seed();
    const screen = await open("Deploy Key");
    expect(screen.actions()[0]?.title).toBe("Copy Public Key");
    await screen.press("enter");
    await screen.waitFor(() => host.clipboard?.text === PUBLIC_KEY);
    expect(host.clipboard).toEqual({ text: PUBLIC_KEY, concealed: false });
    await screen.runAction("Copy Fingerprint");
    await screen.waitFor(() => host.clipboard?.text === FINGERPRINT);
    expect(host.clipboard?.concealed).toBe(false);
    expectNoLeakOrCrash(app(), [PRIVATE_BODY]);
  });

  test("Copy Private Key (OpenSSH) resolves ?ssh-format=openssh and copies it concealed", async () => {
    seed();
    const screen = await open("Deploy Key");
    await screen.runAction("Copy Private Key (OpenSSH)");
    const openssh = opensshForm(`-----BEGIN PRIVATE KEY-----\n${PRIVATE_BODY}\n-----END PRIVATE KEY-----\n`);
    await screen.waitFor(() => host.clipboard?.text === openssh);
    expect(host.clipboard?.concealed).toBe(true);
    expect(openssh).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----/);
    const resolved = app().callsNamed("SecretsResolve")[0]?.parameters?.secret_reference;
    expect(resolved).toMatch(/\?ssh-format=openssh$/);
    expectNoLeakOrCrash(app(), [PRIVATE_BODY, openssh ?? ""]);
  });
});

const POLICIES: [string, SimSharePolicy][] = [
  [
    "anyone or specific people, up to 30 days",
    {
      maxExpiry: "ThirtyDays",
      defaultExpiry: "SevenDays",
      allowedTypes: ["Authenticated", "Public"],
      allowedRecipientTypes: ["Email", "Domain"],
      files: { allowed: true, maxSize: 1000 },
    },
  ],
  [
    "specific emails only, up to one day, one view",
    {
      maxExpiry: "OneDay",
      defaultExpiry: "OneHour",
      maxViews: 1,
      allowedTypes: ["Authenticated"],
      allowedRecipientTypes: ["Email"],
      files: { allowed: false, maxSize: 0 },
    },
  ],
  [
    "anyone with the link only, up to 7 days",
    {
      maxExpiry: "SevenDays",
      defaultExpiry: "OneDay",
      allowedTypes: ["Public"],
      allowedRecipientTypes: [],
      files: { allowed: false, maxSize: 0 },
    },
  ],
];

async function openShare(): Promise<Screen> {
  const screen = await open("Staging Admin");
  expect(screen.actions().find((action) => action.title === "Share Item")?.shortcut).toBe("cmd+shift+s");
  await screen.press("cmd+shift+s");
  await screen.waitFor((s) => s.kind() === "Form" && !s.isLoading());
  return screen;
}

const options = (screen: Screen, id: string) =>
  (field(screen, id) as { options?: { value: string }[] } | undefined)?.options?.map((option) => option.value);

describe("Share Item", () => {
  test.each(POLICIES)("offers what the policy allows (%s) and copies the link concealed", async (_name, policy) => {
    seed();
    app().setSharePolicy("Acme", policy);
    const screen = await openShare();
    const durations = ["OneHour", "OneDay", "SevenDays", "FourteenDays", "ThirtyDays"];
    expect(options(screen, "expiry")).toEqual(durations.slice(0, durations.indexOf(policy.maxExpiry) + 1));
    expect(field(screen, "expiry")?.value).toBe(policy.defaultExpiry);
    const audiences = [
      ...(policy.allowedTypes.includes("Public") ? ["anyone"] : []),
      ...(policy.allowedTypes.includes("Authenticated") ? ["specific"] : []),
    ];
    expect(options(screen, "audience")).toEqual(audiences);
    expect(field(screen, "oneTime") === undefined).toBe(policy.maxViews === 1);
    if (!policy.allowedTypes.includes("Public")) await screen.setValue("recipients", "dana@example.com");
    await screen.submit();
    await screen.waitFor(() => app().shares.length === 1 && host.clipboard?.concealed === true);
    const share = app().shares[0]!;
    expect(host.clipboard).toEqual({ text: share.link, concealed: true });
    expect(share.expireAfter).toBe(policy.defaultExpiry);
    expect(share.oneTimeOnly).toBe(policy.maxViews === 1);
    expect(share.recipients ?? []).toEqual(
      policy.allowedTypes.includes("Public") ? [] : [{ type: "Email", parameters: { email: "dana@example.com" } }],
    );
    expectNoLeakOrCrash(app(), [share.link, PASSWORD]);
  });

  test("invalid recipients and recipient types the policy forbids are said in the form, and nothing is created", async () => {
    seed();
    app().setSharePolicy("Acme", POLICIES[1]![1]);
    const screen = await openShare();
    await screen.setValue("recipients", "not an address");
    await screen.submit();
    await screen.waitFor(() => field(screen, "recipients")?.error !== undefined);
    expect(field(screen, "recipients")?.error).toBe("“not” is not an email address or a domain (like example.com).");
    await screen.setValue("recipients", "example.com");
    await screen.submit();
    await screen.waitFor(() => /allows only email addresses/.test(String(field(screen, "recipients")?.error)));
    expect(app().shares).toEqual([]);
    expect(app().callsNamed("ItemsSharesCreate")).toEqual([]);
    expectNoLeakOrCrash(app(), [PASSWORD]);
  });

  test("a vault without the Share Items permission is said in words", async () => {
    seed({ permissions: ALL_PERMISSIONS & ~SEND_ITEMS });
    const screen = await openShare();
    await screen.waitFor(() => host.toast?.title === "Cannot Share from This Vault");
    expect(host.toast?.message).toContain("does not include sharing items");
    expect(app().shares).toEqual([]);
    expectNoLeakOrCrash(app(), [PASSWORD]);
  });

  test("an account that turned sharing off is said in words", async () => {
    seed();
    app().setSharePolicy("Acme", "disabled");
    const screen = await openShare();
    await screen.waitFor(() => host.toast?.title === "Sharing Is Turned Off");
    expect(app().callsNamed("ItemsSharesCreate")).toEqual([]);
    expectNoLeakOrCrash(app(), [PASSWORD]);
  });
});
