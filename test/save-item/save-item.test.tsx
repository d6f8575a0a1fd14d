import { host, type Screen } from "../../test-world/host";
import type { AccountHandle } from "../../test-world/sim";
import { READ_ITEMS, REVEAL_ITEM_PASSWORD } from "../../test-world/sim/permissions";
import { expectNoLeakOrCrash } from "../../test-world/support/canary";
import { openCommand } from "../../test-world/support/commands";
import { itemsTitled, openSaveItem } from "../../test-world/support/save-item";
import { field } from "../../test-world/support/screen";
import { useSimulatedApp } from "../../test-world/support/world";
import { LAST_VAULT_KEY } from "../../src/components/save-item/useSaveTargets";
import { readClosedVaults, RECHECK_AFTER_MS, writeClosedVaults } from "../../src/components/save-item/closed-vaults";
import { MetadataIndex } from "../../src/onepassword/metadata-index";

/** Save Item, driven as a person would: copy a token on a provider's page, open the command, press ⌘↵. */

const app = useSimulatedApp();

const GITHUB_TOKEN = "ghp_" + "Zq8vN2xLr5TgW9bKp3YhD7mCaB3dE5fG7hJ9";
const STRIPE_KEY = "sk_live_" + "51HaBcDeFgHiJkLmNoPqRsTu";

let acme: AccountHandle;
let engineering: string;
beforeEach(() => {
  acme = app().addAccount({ name: "Acme", type: "business" });
  engineering = acme.addVault({ title: "Engineering" });
  acme.addVault({ title: "Personal", type: "personal" });
  acme.addItem(engineering, { title: "GitHub", category: "Login" });
});

const vaultOptions = (screen: Screen) => field(screen, "vault")?.options?.map((option) => option.title);
const settled = () => (host.toast && host.toast.style !== "ANIMATED" ? host.toast : undefined);

test("a GitHub token on the clipboard: the form opens ready, masked, and ⌘↵ saves it as an API Credential", async () => {
  host.userCopies(GITHUB_TOKEN);
  const screen = await openSaveItem();
  expect(field(screen, "title")?.value).toBe("GitHub Token");
  expect(field(screen, "secret")).toMatchObject({ type: "password", value: GITHUB_TOKEN, title: "Credential" });
  expect(field(screen, "category")?.value).toBe("ApiCredentials");
  expect(field(screen, "credentialType")?.value).toBe("Personal access token");
  expect(field(screen, "tags")?.value).toBe("github");
  expect(screen.fields()[0]?.value).toBe("From the clipboard: GitHub personal access token (recognized by its shape).");

  await screen.press("cmd+enter");
  await screen.waitFor(() => settled()?.title === "Saved “GitHub Token”");
  const [saved] = itemsTitled(app(), "GitHub Token");
  expect(saved).toMatchObject({ category: "ApiCredentials", vaultId: engineering, tags: ["github"] });
  expect(saved?.fields).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: "credential", fieldType: "Concealed", value: GITHUB_TOKEN }),
      expect.objectContaining({ id: "type", value: "Personal access token" }),
    ]),
  );
  expect(app().callsNamed("ItemsCreate")).toHaveLength(1);

  // The toast's next steps: the reference for a config file, then the item in 1Password.
  expect(host.toast?.primaryAction).toBe("Copy Secret Reference");
  expect(host.toast?.secondaryAction).toBe("Open in 1Password");
  await host.toast?.runPrimaryAction();
  expect(host.clipboard).toEqual({ text: `op://Engineering/${saved?.id}/credential`, concealed: false });
  // The form is empty again, so a second ⌘↵ cannot save the token twice.
  expect(field(screen, "secret")?.value).toBe("");
  expectNoLeakOrCrash(app(), [GITHUB_TOKEN]);
});

test("a long random string of no known provider is taken as the secret; the title is left to the person", async () => {
  const secret = "Zq8vN2xLr5TgW9bKp3YhD7mC";
  host.userCopies(secret);
  const screen = await openSaveItem();
  expect(field(screen, "secret")?.value).toBe(secret);
  expect(field(screen, "title")?.value).toBe("");
  expect(field(screen, "category")?.value).toBe("ApiCredentials");
  expect(screen.fields()[0]?.value).toBe("From the clipboard: a long random string, taken as the secret.");
  await screen.press("cmd+enter");
  expect(field(screen, "title")?.error).toBe("Enter a title.");
  await screen.setValue("title", "Internal API");
  await screen.press("cmd+enter");
  await screen.waitFor(() => settled()?.title === "Saved “Internal API”");
  expectNoLeakOrCrash(app(), [secret]);
});

test("ordinary text on the clipboard is left alone, and an empty form says what is missing", async () => {
  host.userCopies("Meeting notes for the Q3 launch");
  const screen = await openSaveItem();
  expect(field(screen, "secret")?.value).toBe("");
  expect(field(screen, "title")?.value).toBe("");
  await screen.press("cmd+enter");
  expect(field(screen, "title")?.error).toBe("Enter a title.");
  expect(field(screen, "secret")?.error).toBe("Paste or type the credential.");
  await screen.setValue("title", "x".repeat(201));
  expect(field(screen, "title")?.error).toBe("Use at most 200 characters.");
  await screen.setValue("secret", "y".repeat(10_001));
  await screen.press("cmd+enter");
  expect(field(screen, "secret")?.error).toBe("Use at most 10,000 characters.");
  expect(app().callsNamed("ItemsCreate")).toHaveLength(0);
});

test("a title argument names the item; the provider still fills type and tag", async () => {
  host.userCopies(STRIPE_KEY);
  const screen = await openSaveItem({ arguments: { title: "Stripe Production" } });
  expect(field(screen, "title")?.value).toBe("Stripe Production");
  expect(field(screen, "tags")?.value).toBe("stripe");
  await screen.press("cmd+enter");
  await screen.waitFor(() => settled()?.title === "Saved “Stripe Production”");
  expect(itemsTitled(app(), "Stripe Production")).toHaveLength(1);
  expectNoLeakOrCrash(app(), [STRIPE_KEY]);
});

test("the vault dropdown offers only vaults that take new items, across accounts, and remembers the last one", async () => {
  acme.addVault({ title: "Read Only", permissions: READ_ITEMS | REVEAL_ITEM_PASSWORD });
  const home = app().addAccount({ name: "Home", type: "family" });
  home.addVault({ title: "Family" });
  host.userCopies(GITHUB_TOKEN);
  const screen = await openSaveItem({ preferences: { accounts: "Acme, Home" } });
  expect(vaultOptions(screen)).toEqual(["Engineering", "Personal", "Family"]);
  expect(field(screen, "vault")?.options?.map((option) => option.section)).toEqual(["Acme", "Acme", "Home"]);

  await screen.setValue("vault", "Family");
  await screen.press("cmd+enter");
  await screen.waitFor(() => settled()?.title === "Saved “GitHub Token”");
  expect(itemsTitled(app(), "GitHub Token")[0]?.vaultId).not.toBe(engineering);
  expect(host.localStorage[LAST_VAULT_KEY]).toContain("Home");
  await screen.unmount();

  const again = await openSaveItem({ preferences: { accounts: "Acme, Home" } });
  expect(field(again, "vault")?.options?.find((o) => o.value === field(again, "vault")?.value)?.title).toBe("Family");
  expectNoLeakOrCrash(app(), [GITHUB_TOKEN]);
});

test("vaults checked within the hour are not asked about again, and a closed one stays out from the first frame", async () => {
  acme.addVault({ title: "Read Only", permissions: READ_ITEMS });
  const first = await openSaveItem();
  expect(vaultOptions(first)).toEqual(["Engineering", "Personal"]);
  expect(app().callsNamed("VaultsGet")).toHaveLength(3);
  await first.unmount();

  app().resetCalls();
  const again = await openCommand("save-item");
  await again.waitFor((s) => !s.isLoading() && field(s, "vault")?.value !== "");
  expect(vaultOptions(again)).toEqual(["Engineering", "Personal"]);
  expect(app().callsNamed("VaultsGet")).toHaveLength(0);

  // A vault created since is asked about; the others keep their answer.
  await again.unmount();
  acme.addVault({ title: "New Project" });
  app().resetCalls();
  const third = await openSaveItem();
  await third.waitFor(() => vaultOptions(third)?.includes("New Project"));
  expect(app().callsNamed("VaultsGet")).toHaveLength(1);
});

test("an hour later every vault is checked again", () => {
  writeClosedVaults(["a@Acme"], ["a@Acme"], 1_000);
  expect(readClosedVaults(1_000 + RECHECK_AFTER_MS - 1)).toEqual({
    checked: new Set(["a@Acme"]),
    closed: new Set(["a@Acme"]),
  });
  expect(readClosedVaults(1_000 + RECHECK_AFTER_MS)).toEqual({ checked: new Set(), closed: new Set(["a@Acme"]) });
});

test("a secret this extension copied and is about to clear is not taken up", async () => {
  const generator = await openCommand("generate-password");
  await generator.waitFor((s) => s.items().length === 1);
  await generator.press("enter");
  const copied = host.clipboard;
  expect(copied?.concealed).toBe(true);
  await generator.unmount();

  const screen = await openSaveItem();
  expect(field(screen, "secret")?.value).toBe("");
  expect(field(screen, "category")?.value).toBe("ApiCredentials");
  expectNoLeakOrCrash(app(), [copied?.text ?? ""]);
});

test("Login with ⌘G: a generated password, a username and a website", async () => {
  const screen = await openSaveItem();
  await screen.setValue("category", "Login");
  await screen.setValue("title", "Vercel");
  await screen.setValue("username", "dev@acme.test");
  await screen.setValue("website", "https://vercel.com");
  expect(screen.actions().map((action) => [action.title, action.shortcut])).toContainEqual([
    "Generate Password",
    "cmd+g",
  ]);
  await screen.press("cmd+g");
  await screen.waitFor((s) => String(field(s, "secret")?.value).length === 20);
  const password = String(field(screen, "secret")?.value);
  await screen.press("cmd+enter");
  await screen.waitFor(() => settled()?.title === "Saved “Vercel”");
  const [saved] = itemsTitled(app(), "Vercel");
  expect(saved?.category).toBe("Login");
  expect(saved?.websites.map((website) => website.url)).toEqual(["https://vercel.com"]);
  expect(saved?.fields.map((f) => [f.id, f.value])).toEqual([
    ["username", "dev@acme.test"],
    ["password", password],
  ]);
  expectNoLeakOrCrash(app(), [password]);
});

test("a website with a password, a query and a path: 1Password gets it whole, the cached index only its host", async () => {
  const url = "https://deploy:SaveUrlCanary@vercel.com/hooks/PathCanary?key=QueryCanary";
  await new MetadataIndex().refresh("Acme");
  const screen = await openSaveItem();
  await screen.setValue("category", "Login");
  await screen.setValue("title", "Vercel");
  await screen.setValue("website", url);
  await screen.setValue("secret", "pw-canary-vercel");
  await screen.press("cmd+enter");
  await screen.waitFor(() => settled()?.title === "Saved “Vercel”");
  expect(itemsTitled(app(), "Vercel")[0]?.websites.map((website) => website.url)).toEqual([url]);
  await screen.waitFor(() => JSON.stringify(host.cache).includes("vercel.com"));
  const cached = JSON.stringify(host.cache);
  for (const secret of ["SaveUrlCanary", "PathCanary", "QueryCanary", "deploy:"]) expect(cached).not.toContain(secret);
  expectNoLeakOrCrash(app(), ["pw-canary-vercel"]);
});

test("a Secure Note needs its text, and is saved with it", async () => {
  const screen = await openSaveItem();
  await screen.setValue("category", "SecureNote");
  expect(field(screen, "secret")).toBeUndefined();
  await screen.setValue("title", "Recovery Codes");
  await screen.press("cmd+enter");
  expect(field(screen, "notes")?.error).toBe("Write the note.");
  await screen.setValue("notes", "canary-note-7f3a9c1e");
  await screen.press("cmd+enter");
  await screen.waitFor(() => settled()?.title === "Saved “Recovery Codes”");
  expect(itemsTitled(app(), "Recovery Codes")[0]).toMatchObject({
    category: "SecureNote",
    notes: "canary-note-7f3a9c1e",
  });
  expect(host.toast?.primaryAction).toBe("Open in 1Password");
  await host.toast?.runPrimaryAction();
  expect(host.opened.at(-1)).toMatch(/^onepassword:\/\/view-item\/\?a=Acme&v=/);
  expectNoLeakOrCrash(app(), ["canary-note-7f3a9c1e"]);
});

test("nothing typed is persisted: no drafts, no stored values, no secret in LocalStorage or Cache", async () => {
  host.userCopies(GITHUB_TOKEN);
  const screen = await openSaveItem();
  await screen.setValue("notes", "canary-notes-5e1b2d9f");
  await screen.unmount();
  expect(host.drafts).toEqual({});
  expectNoLeakOrCrash(app(), [GITHUB_TOKEN, "canary-notes-5e1b2d9f"]);
});
