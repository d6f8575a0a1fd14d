import { Parser } from "commonmark";
import { useLayoutEffect } from "react";
import SearchSecrets from "../../src/search-secrets";
import { forgetAllClients } from "../../src/onepassword/clients";
import { resolveSecretReference } from "../../src/onepassword/secrets";
import { MetadataIndex } from "../../src/onepassword/metadata-index";
import { host, type Screen } from "../../test-world/host";
import { totpCode } from "../../test-world/sim/totp";
import { expectNoSecretLeak, plainSecretCopies } from "../../test-world/support/canary";
import {
  openCommand,
  openCommandLoaded,
  runClearClipboard,
  turnOnBackgroundClear,
} from "../../test-world/support/commands";
import { MAC_OSASCRIPT, useFakeKeystrokes } from "../../test-world/support/keystroke";
import { actionTitles, sortedItemTitles } from "../../test-world/support/screen";
import { passTime, startFakeTimers, waitWithTime } from "../../test-world/support/timers";
import { clearRecords } from "../../test-world/support/clear-records";
import { useSimulatedApp } from "../../test-world/support/world";

const app = useSimulatedApp();

interface Seeded {
  engineering: string;
  ops: string;
  github: string;
  stripe: string;
  postgres: string;
}

/** A small account: a Login with OTP, an API Credential, a Database, and a few more for the ranking. */
function seed(): Seeded {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const engineering = acme.addVault({ title: "Engineering" });
  const ops = acme.addVault({ title: "Ops" });
  const github = acme.addItem(engineering, {
    title: "GitHub",
    category: "Login",
    otp: true,
    websites: ["https://github.com"],
  });
  const stripe = acme.addItem(engineering, { title: "Stripe", category: "ApiCredentials" });
  const postgres = acme.addItem(ops, { title: "Postgres Production", category: "Database" });
  acme.addItem(ops, { title: "GitLab", category: "Login", websites: ["https://gitlab.com"] });
  acme.addItem(ops, { title: "Datadog", category: "ApiCredentials" });
  return { engineering, ops, github, stripe, postgres };
}

function simItem(vaultId: string, itemId: string) {
  const item = app().world.vaults.get(vaultId)?.items.get(itemId);
  if (!item) throw new Error(`no sim item ${itemId}`);
  return item;
}

function fieldValue(vaultId: string, itemId: string, fieldId: string): string {
  const field = simItem(vaultId, itemId).fields.find((candidate) => candidate.id === fieldId);
  if (!field) throw new Error(`no field ${fieldId}`);
  return field.value;
}

const open = (preferences: Record<string, unknown> = {}) => openCommand("search-secrets", { preferences });

/** Opens the command and waits until the refresh has painted rows. */
const openLoaded = (preferences: Record<string, unknown> = {}) => openCommandLoaded("search-secrets", { preferences });

/** Waits until the selected row's fields are known (its actions reflect the item, not the category's guess). */
async function waitForFields(screen: Screen, submenuEntry: string): Promise<void> {
  await screen.waitFor((s) => s.actions().some((a) => a.path[0] === "Copy Field" && a.title === submenuEntry));
}

test("a typo still finds the item, and ↵ copies its password concealed and schedules the clear", async () => {
  const ids = seed();
  const screen = await openLoaded();
  await screen.type("githbu");
  expect(screen.selected()?.title).toBe("GitHub");
  expect(screen.selected()?.subtitle).toBe("github.com");
  await waitForFields(screen, "password");
  expect(screen.actions()[0]).toMatchObject({ title: "Copy Password", shortcut: "cmd+opt+c" });

  // Only here does the background clear run (on fake time), as Raycast runs it: every 10 s, each launch short.
  startFakeTimers();
  await turnOnBackgroundClear();
  await screen.press("enter");
  await waitWithTime(screen, () => host.huds.length > 0);
  const password = fieldValue(ids.engineering, ids.github, "password");
  expect(host.clipboard).toEqual({ text: password, concealed: true });
  expect(host.huds.map((hud) => hud.title)).toEqual(["Copied password · clears in 90 s"]);
  await screen.unmount();
  await passTime(100_000);
  expect(host.clipboard).toBeUndefined();
  expect(host.backgroundRuns.filter((run) => run.endedByTimeout)).toEqual([]);
  expectNoSecretLeak(app(), [password]);
});

/** Opens the command with Stripe found and its fields known. */
async function openOnStripe(preferences: Record<string, unknown> = {}): Promise<Screen> {
  const screen = await openLoaded(preferences);
  await screen.type("stripe");
  await waitForFields(screen, "credential");
  return screen;
}

describe("on macOS", () => {
  const keystrokes = useFakeKeystrokes("darwin");

  test("⌘↵ pastes the main secret when the primary action is copy, and ↵ pastes when it is paste", async () => {
    await turnOnBackgroundClear();
    const ids = seed();
    const screen = await openOnStripe();
    expect(actionTitles(screen, 2)).toEqual(["Copy Credential", "Paste Credential"]);
    await screen.press("cmd+enter");
    await screen.waitFor(() => host.huds.length === 1);
    const credential = fieldValue(ids.engineering, ids.stripe, "credential");
    expect(keystrokes.calls().map((call) => call.program)).toEqual([MAC_OSASCRIPT]);
    expect(host.clipboard).toEqual({ text: credential, concealed: true });
    expect(host.pastes).toEqual([]);
    expect(host.huds.at(-1)?.title).toBe("Pasted credential · clears in 90 s");
    await screen.unmount();

    const pasteFirst = await openOnStripe({ primaryAction: "paste" });
    expect(actionTitles(pasteFirst, 2)).toEqual(["Paste Credential", "Copy Credential"]);
    await pasteFirst.press("enter");
    await pasteFirst.waitFor(() => host.huds.length === 2);
    expect(keystrokes.calls()).toHaveLength(2);
    expect(plainSecretCopies([credential])).toEqual([]);
    expectNoSecretLeak(app(), [credential]);
  });
});

test("⌃⌘C copies the current one-time password, ⇧⌘C the username, and a field comes from the Copy Field submenu", async () => {
  const ids = seed();
  const screen = await openLoaded();
  await screen.type("github");
  await waitForFields(screen, "password");
  const otp = simItem(ids.engineering, ids.github).fields.find((field) => field.fieldType === "Totp");
  const expected = totpCode(otp?.value ?? "", app().clock.now());
  if (!("code" in expected)) throw new Error("the sim could not make a code");
  await screen.press("cmd+ctrl+c");
  await screen.waitFor(() => host.huds.length === 1);
  expect(host.clipboard).toEqual({ text: expected.code, concealed: true });
  expect(host.huds.at(-1)?.title).toMatch(/^Copied one-time password · /);

  // A username is concealed and cleared like every field value.
  await screen.press("cmd+shift+c");
  await screen.waitFor(() => host.huds.length === 2);
  const username = fieldValue(ids.engineering, ids.github, "username");
  expect(host.clipboard).toEqual({ text: username, concealed: true });

  // The submenu lists titles only; the value is fetched when one is picked.
  const submenu = screen.actions().filter((action) => action.path[0] === "Copy Field");
  expect(submenu.map((action) => action.title)).toEqual(["username", "password", "one-time password"]);
  const password = fieldValue(ids.engineering, ids.github, "password");
  expect(JSON.stringify(screen.actions())).not.toContain(password);
  const before = app().callsNamed("ItemsGet").length;
  await screen.runAction(["Copy Field", "password"]);
  await screen.waitFor(() => host.huds.length === 3);
  expect(app().callsNamed("ItemsGet").length).toBe(before + 1);
  expect(host.clipboard).toEqual({ text: password, concealed: true });

  await screen.press("cmd+shift+o");
  expect(host.opened).toEqual([`onepassword://view-item/?a=Acme&v=${ids.engineering}&i=${ids.github}`]);
  expectNoSecretLeak(app(), [password, username, otp?.value ?? ""]);
});

test("the secret reference copied is one 1Password resolves to the field's value", async () => {
  const ids = seed();
  const screen = await openOnStripe();
  await screen.runAction(["Copy Secret Reference", "credential"]);
  expect(host.clipboard).toEqual({ text: "op://Engineering/Stripe/credential", concealed: false });
  const resolved = await resolveSecretReference("Acme", host.clipboard?.text ?? "");
  expect(resolved).toBe(fieldValue(ids.engineering, ids.stripe, "credential"));
});

test("references fall back to ids for a title with a slash, a duplicated title and a duplicated field title", async () => {
  const acme = app().addAccount({ name: "Acme" });
  const vault = acme.addVault({ title: "Infra / Prod" });
  const slash = acme.addItem(vault, { title: "AWS / root", category: "Password" });
  const twinA = acme.addItem(vault, { title: "Deploy Key", category: "Password" });
  acme.addItem(vault, { title: "deploy key", category: "Password" });
  const sectioned = acme.addItem(vault, {
    title: "Service Account",
    category: "SecureNote",
    sections: [
      { id: "sec1", title: "Prod" },
      { id: "sec2", title: "Staging" },
    ],
    fields: [
      { id: "f1", title: "token", value: "canary-token-prod-7f1", fieldType: "Concealed", sectionId: "sec1" },
      { id: "f2", title: "token", value: "canary-token-staging-2c9", fieldType: "Concealed", sectionId: "sec2" },
    ],
  });
  const screen = await openLoaded();

  const copyReference = async (query: string, title: string, field: string) => {
    await screen.type(query);
    await screen.select(title);
    await waitForFields(screen, field);
    await screen.runAction(["Copy Secret Reference", field]);
    return host.clipboard?.text ?? "";
  };

  const slashRef = await copyReference("aws root", "AWS / root", "password");
  expect(slashRef).toBe(`op://${vault}/${slash}/password`);
  expect(await resolveSecretReference("Acme", slashRef)).toBe(fieldValue(vault, slash, "password"));

  const twinRef = await copyReference("deploy", "Deploy Key", "password");
  expect(twinRef).toBe(`op://${vault}/${twinA}/password`);
  expect(await resolveSecretReference("Acme", twinRef)).toBe(fieldValue(vault, twinA, "password"));

  const sectionRef = await copyReference("service account", "Service Account", "Staging › token");
  expect(sectionRef).toBe(`op://${vault}/Service Account/Staging/token`);
  expect(await resolveSecretReference("Acme", sectionRef)).toBe("canary-token-staging-2c9");
  void sectioned;
});

/** 30 items in 3 vaults of one account, nothing else. */
function seedBatch() {
  const acme = app().addAccount({ name: "Acme" });
  const items: { vault: string; id: string; title: string }[] = [];
  for (const title of ["Alpha", "Beta", "Gamma"]) {
    const vault = acme.addVault({ title });
    for (let i = 1; i <= 10; i++) {
      const itemTitle = `${title} Service ${i}`;
      items.push({ vault, id: acme.addItem(vault, { title: itemTitle, category: "Password" }), title: itemTitle });
    }
  }
  return items;
}

test("batch archive of 30 items across 3 vaults: 28 archived and gone from the list, the 2 failures stay selected", async () => {
  const items = seedBatch();
  const failing = [items[4], items[23]] as { id: string; title: string }[];
  for (const item of failing) {
    app().failNext(
      (call) => call.name === "ItemsArchive" && (call.parameters as { item_id?: string }).item_id === item.id,
      { message: "permission denied: you do not have access to this item" },
    );
  }
  const screen = await openLoaded();
  expect(screen.items()).toHaveLength(30);
  await screen.press("cmd+shift+a");
  expect(screen.navigationTitle()).toBe("Search Secrets · 30 Selected");
  expect(screen.items().every((item) => item.icon === "CheckCircle")).toBe(true);

  await screen.press("ctrl+shift+a");
  await screen.waitFor(() => host.toast?.style === "FAILURE");
  expect(host.toast).toMatchObject({
    title: "Archived 28 of 30 items",
    message: "2 failed: 2 × Permission Denied. Failed ones stay selected.",
  });
  expect(app().callsNamed("ItemsArchive")).toHaveLength(30);
  expect(sortedItemTitles(screen)).toEqual(failing.map((item) => item.title).sort());
  expect(screen.navigationTitle()).toBe("Search Secrets · 2 Selected");
  expect(screen.sections()[0]?.title).toBe("2 Selected");

  // The archived ones are archived in 1Password, and shown as such under the Archived filter.
  const archivedInApp = items.filter((item) => simItem(item.vault, item.id).state === "archived");
  expect(archivedInApp).toHaveLength(28);
  await screen.chooseDropdown("archived");
  expect(screen.items()).toHaveLength(28);
  expect(screen.items().every((item) => item.accessories.includes("Archived"))).toBe(true);
});

test("delete asks first, naming the count; cancel leaves everything, confirm deletes and removes the rows", async () => {
  const items = seedBatch();
  const screen = await openLoaded();
  await screen.type("alpha");
  await screen.waitFor((s) => s.items().length === 10);
  for (let i = 0; i < 3; i++) {
    await screen.select(i);
    await screen.press("cmd+s");
  }
  expect(screen.navigationTitle()).toBe("Search Secrets · 3 Selected");

  host.answerAlerts(false);
  await screen.press("ctrl+x");
  expect(host.alerts.at(-1)).toMatchObject({ title: "Delete 3 Items?", primaryAction: "Delete", answer: false });
  expect(app().callsNamed("ItemsDeleteAll")).toHaveLength(0);
  expect(screen.items()).toHaveLength(10);
  expect(screen.navigationTitle()).toBe("Search Secrets · 3 Selected");

  host.answerAlerts(true);
  await screen.press("ctrl+x");
  await screen.waitFor(() => host.toast?.title === "Deleted 3 items");
  expect(screen.items()).toHaveLength(7);
  expect(screen.navigationTitle()).toBe("Search Secrets");
  const alpha = items.filter((item) => item.title.startsWith("Alpha"));
  expect(alpha.filter((item) => app().world.vaults.get(item.vault)?.items.has(item.id))).toHaveLength(7);
});

test("Copy Selected as .env References writes NAME=op://… lines that resolve", async () => {
  const ids = seed();
  const acme = app().account("Acme");
  // A second "GitHub" elsewhere: its name must not collide, and it is referenced by its own vault.
  const other = acme.addItem(ids.ops, { title: "GitHub", category: "Login" });
  const screen = await openLoaded();
  await screen.type("github");
  await screen.waitFor((s) => s.items().filter((item) => item.title === "GitHub").length === 2);
  await screen.press("cmd+shift+a");
  await screen.type("stripe");
  await screen.press("cmd+shift+a");
  expect(screen.navigationTitle()).toBe("Search Secrets · 3 Selected");
  await screen.press("cmd+shift+e");
  await screen.waitFor(() => host.clipboard !== undefined);
  const lines = (host.clipboard?.text ?? "").split("\n");
  expect(lines.map((line) => line.split("=")[0]).sort()).toEqual([
    "GITHUB_PASSWORD",
    "GITHUB_PASSWORD_2",
    "STRIPE_CREDENTIAL",
  ]);
  expect(lines).toContain("STRIPE_CREDENTIAL=op://Engineering/Stripe/credential");
  const resolved = await Promise.all(
    lines.map((line) => resolveSecretReference("Acme", line.slice(line.indexOf("=") + 1))),
  );
  expect(resolved.sort()).toEqual(
    [
      fieldValue(ids.engineering, ids.github, "password"),
      fieldValue(ids.ops, other, "password"),
      fieldValue(ids.engineering, ids.stripe, "credential"),
    ].sort(),
  );
  expect(host.clipboard?.concealed).toBe(false);
  expectNoSecretLeak(app(), resolved);
});

test("the locked app offers Authorize Again, which recovers once 1Password is unlocked", async () => {
  seed();
  app().lockedPrompt = "deny";
  app().lock();
  const screen = await open();
  const empty = await screen.waitFor((s) => (s.isLoading() ? undefined : s.emptyView()));
  expect(empty?.title).toBe("Access Not Granted");
  expect(screen.actions()[0]?.title).toBe("Authorize Again");
  app().unlock();
  await screen.press("enter");
  await screen.waitFor((s) => s.items().length === 5);
  expect(screen.emptyView()).toBeUndefined();
});

test("without the desktop app the list explains how to set it up", async () => {
  seed();
  app().installed = false;
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    const screen = await open();
    const empty = await screen.waitFor((s) => (s.isLoading() ? undefined : s.emptyView()));
    expect(empty?.title).toBe("1Password App Not Found");
    expect(empty?.description).toMatch(/Integrate with other apps/);
    expect(screen.actions().map((a) => a.title)).toEqual([
      "Open Setup Guide",
      "Try Again",
      "Check Connection",
      "Copy Error Details",
    ]);
    await screen.press("enter");
    expect(host.opened).toEqual(["https://developer.1password.com/docs/sdks/desktop-app-integrations/"]);
  } finally {
    quiet.mockRestore();
  }
});

test("a warm index paints rows before any call into the app; a failing refresh keeps them and says so", async () => {
  seed();
  await new MetadataIndex().refresh("Acme");
  forgetAllClients();
  app().resetCalls();
  // Nothing the app is asked answers until released: whatever is on screen meanwhile came from the cache.
  const held = app().hang(() => true);
  let callsAtFirstCommit = -1;
  function FirstCommitProbe() {
    // A parent's layout effect runs once its children (the list and its rows) are committed.
    useLayoutEffect(() => {
      callsAtFirstCommit = app().calls.length;
    }, []);
    return <SearchSecrets />;
  }
  const screen = await openCommand("search-secrets", { module: FirstCommitProbe });
  expect(callsAtFirstCommit).toBe(0);
  expect(screen.items()).toHaveLength(5);
  expect(screen.items().map((item) => item.title)).toContain("GitHub");
  expect(app().calls.every((call) => call.outcome === "pending")).toBe(true);

  app().lockedPrompt = "deny";
  app().lock();
  held.release();
  await screen.waitFor(() => host.toast?.title === "Access Not Granted");
  expect(host.toast?.style).toBe("FAILURE");
  expect(screen.items()).toHaveLength(5);
  expect(screen.emptyView()).toBeUndefined();
});

test("a large warm index paints its stored first page first, then the whole index, before asking the app", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const vault = acme.addVault({ title: "Bulk" });
  for (let i = 0; i < 400; i++)
    acme.addItem(vault, { title: `Service ${String(i).padStart(3, "0")}`, category: "Login" });
  await new MetadataIndex().refresh("Acme");
  forgetAllClients();
  app().resetCalls();
  const held = app().hang(() => true);
  // Which cached entries the command reads, and which it had read when its first frame was committed.
  const store = host.internal.cache.get("metadata-index") as Map<string, string>;
  const reads: string[] = [];
  const get = store.get.bind(store);
  store.get = (key: string) => {
    reads.push(key);
    return get(key);
  };
  let readAtFirstCommit: string[] = [];
  function FirstCommitProbe() {
    useLayoutEffect(() => {
      readAtFirstCommit = [...reads];
    }, []);
    return <SearchSecrets />;
  }
  const screen = await openCommand("search-secrets", { module: FirstCommitProbe });
  expect(readAtFirstCommit).toEqual(["first-page:Acme"]);
  // The whole index replaces the first page right after the first frame; the app has still answered nothing.
  await screen.waitFor((s) => s.sections()[0]?.subtitle === "50 of 400");
  expect(reads).toContain("account:Acme");
  expect(
    screen
      .items()
      .map((item) => item.title)
      .slice(0, 3),
  ).toEqual(["Service 000", "Service 001", "Service 002"]);
  await screen.type("service 399");
  await screen.waitFor((s) => s.items()[0]?.title === "Service 399");
  expect(app().calls.every((call) => call.outcome === "pending")).toBe(true);
  held.release();
  // The refresh reuses the index read after the first frame: each row entry is read from the Cache once.
  await screen.waitFor((s) => !s.isLoading());
  const rowReads = reads.filter((key) => key.startsWith("rows:Acme:"));
  expect(rowReads.length).toBeGreaterThan(0);
  expect(new Set(rowReads).size).toBe(rowReads.length);
});

test("a vault that cannot be read is named in one toast per refresh; Try Again brings its items back", async () => {
  const { ops } = seed();
  app().denyVault(ops, ["read"]);
  const screen = await openLoaded();
  await screen.waitFor(() => host.toast?.title === "Couldn't Load “Ops”");
  expect(host.toast).toMatchObject({ style: "FAILURE", primaryAction: "Try Again" });
  expect(host.toast?.message).toMatch(/^Permission Denied\. /);
  expect(screen.items().map((item) => item.title)).toEqual(expect.arrayContaining(["GitHub", "Stripe"]));
  expect(screen.items()).toHaveLength(2);
  const failureToasts = () => host.toasts.filter((toast) => toast.style === "FAILURE");
  await screen.settle();
  expect(failureToasts()).toHaveLength(1);

  // Every refresh that still fails says so once more; one that works hides the toast and brings the rows.
  await screen.press("cmd+r");
  await screen.waitFor(() => failureToasts().length === 2);
  app().allowVault(ops);
  await host.toast?.runPrimaryAction();
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 5);
  await screen.settle();
  expect(host.toasts.at(-1)?.hidden).toBe(true);
  expect(failureToasts()).toHaveLength(2);
});

test("no vault can be read: the empty view names them with the cause, and Try Again loads them", async () => {
  const { engineering, ops } = seed();
  app().denyVault(engineering, ["read"]);
  app().denyVault(ops, ["read"]);
  const screen = await open();
  const empty = await screen.waitFor((s) => (s.isLoading() ? undefined : s.emptyView()));
  expect(empty?.title).toBe("Couldn't Load 2 Vaults");
  expect(empty?.description).toContain("Permission Denied");
  expect(empty?.description).toContain("“Engineering”");
  expect(empty?.description).toContain("“Ops”");
  expect(screen.actions().map((action) => action.title)).toEqual([
    "Try Again",
    "Check Connection",
    "Copy Error Details",
  ]);
  await screen.runAction("Copy Error Details");
  expect(host.clipboard?.text).toContain("Account: Acme");
  app().allowVault(engineering);
  app().allowVault(ops);
  await screen.press("enter");
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 5);
});

test("empty states: no items, no matches (titled with the query), unusable preferences", async () => {
  app().addAccount({ name: "Fresh" }).addVault({ title: "Empty" });
  const screen = await open({ accounts: "Fresh" });
  const empty = await screen.waitFor((s) => (s.isLoading() ? undefined : s.emptyView()));
  expect(empty?.title).toBe("No Items in 1Password");
  await screen.unmount();

  seed();
  const withItems = await openLoaded({ accounts: "Acme" });
  await withItems.type("githbuzzzqx");
  expect(withItems.emptyView()?.title).toBe('No Results for "githbuzzzqx"');
  await withItems.unmount();

  const noAccounts = await open({ accounts: " , " });
  expect(noAccounts.emptyView()?.title).toBe("Set Up Your 1Password Accounts");
  expect(noAccounts.actions()[0]?.title).toBe("Open Extension Preferences");
  await noAccounts.press("enter");
  expect(host.openedPreferences).toEqual(["extension"]);
});

test("no item has every word: the items with the most of them, best first, in a section that says so", async () => {
  const { engineering } = seed();
  const acme = app().account("Acme");
  acme.addItem(engineering, { title: "Stripe Access Token", category: "ApiCredentials" });
  for (const name of ["Twilio", "Sentry", "Mailgun"])
    acme.addItem(engineering, { title: `${name} API Key`, category: "ApiCredentials" });
  const screen = await openLoaded();
  await screen.type("stripe api key");
  expect(screen.emptyView()).toBeUndefined();
  const [section] = screen.sections();
  expect(section?.title).toBe("No Item Has Every Word: Closest Matches (2 of 3 Words)");
  // "stripe" is the rare word: the Stripe items come before the many that share "api" and "key".
  const titles = screen.items().map((item) => item.title);
  expect(titles.slice(0, 2).sort()).toEqual(["Stripe", "Stripe Access Token"]);
  expect(titles.slice(2).sort()).toEqual(["Mailgun API Key", "Sentry API Key", "Twilio API Key"]);
  // A row there is a row like any other: its actions work.
  await screen.select("Stripe Access Token");
  await screen.waitFor((s) => s.actions().some((a) => a.path[0] === "Copy Field" && a.title === "credential"));
  await screen.press("enter");
  expect(host.clipboard).toMatchObject({ concealed: true });
  // Once every word matches, the ordinary section is back.
  await screen.type("stripe api");
  expect(screen.sections()[0]?.title).toBe("Items");
  await screen.unmount();
});

test("a relaunch lists only the vaults whose contents changed; Refresh lists every vault", async () => {
  const { engineering } = seed();
  await (await openLoaded()).unmount();
  app().account("Acme").addItem(engineering, { title: "Sentry", category: "ApiCredentials" });
  app().resetCalls();
  const screen = await openLoaded();
  await screen.waitFor((s) => !s.isLoading() && s.items().some((item) => item.title === "Sentry"));
  expect(
    app()
      .callsNamed("ItemsList")
      .map((call) => call.parameters?.vault_id),
  ).toEqual([engineering]);
  app().resetCalls();
  await screen.press("cmd+r");
  await screen.waitFor(() => app().callsNamed("ItemsList").length === 2);
  await screen.waitFor((s) => !s.isLoading());
  await screen.unmount();
});

test("items used often rise to the top; frecency stores ids only", async () => {
  const ids = seed();
  const screen = await openLoaded();
  const initialOrder = screen.items().map((item) => item.title);
  expect(initialOrder[0]).not.toBe("Postgres Production");
  await screen.type("postgres");
  await waitForFields(screen, "password");
  await screen.press("enter");
  await screen.waitFor(() => host.huds.length === 1);
  await screen.press("cmd+shift+c");
  await screen.waitFor(() => host.huds.length === 2);
  await screen.unmount();

  const again = await openLoaded();
  await again.waitFor((s) => s.items()[0]?.title === "Postgres Production");
  const stored = JSON.stringify(host.localStorage);
  expect(stored).toContain(ids.postgres);
  expect(stored).not.toContain("Postgres");
  // Typing still ranks by text first: a clearly better match beats a frequently used item.
  await again.type("gitlab");
  expect(again.items()[0]?.title).toBe("GitLab");
});

test("the filter dropdown narrows by vault or category and is remembered", async () => {
  seed();
  const screen = await openLoaded();
  expect(screen.dropdown()?.items.map((item) => item.title)).toEqual(
    expect.arrayContaining(["All Items", "Archived", "Engineering", "Ops", "API Credential", "Login", "Database"]),
  );
  await screen.chooseDropdown("Ops");
  expect(sortedItemTitles(screen)).toEqual(["Datadog", "GitLab", "Postgres Production"]);
  await screen.unmount();
  const again = await openLoaded();
  expect(again.dropdown()?.value).toMatch(/^vault:/);
  expect(again.items()).toHaveLength(3);
  await again.chooseDropdown("API Credential");
  expect(sortedItemTitles(again)).toEqual(["Datadog", "Stripe"]);
});

test("Show Details renders an item's own text as text: no image, link or HTML from its title, labels or values", async () => {
  const ids = seed();
  app()
    .account("Acme")
    .addItem(ids.engineering, {
      title: "Zzz ![t](https://attacker.example/t.png)",
      category: "Login",
      fields: [
        {
          id: "username",
          title: "[l](https://attacker.example/l) <img src=x>",
          value: "bob\\` ![v](https://attacker.example/v.png) \\`",
        },
        { id: "password", title: "password", value: "pw-canary-detail", fieldType: "Concealed" },
      ],
    });
  const screen = await openLoaded();
  await screen.type("zzz");
  await screen.press("cmd+y");
  const markdown = await screen.waitFor((s) => s.detail()?.markdown?.includes("bob") && s.detail()?.markdown);
  const walker = new Parser().parse(String(markdown)).walker();
  const kinds: string[] = [];
  for (let step = walker.next(); step; step = walker.next()) kinds.push(step.node.type);
  expect(kinds).toContain("code");
  expect(kinds.filter((kind) => ["image", "link", "html_inline", "html_block"].includes(kind))).toEqual([]);
});

test("Show Details shows plain fields and masks concealed ones until Reveal Values; values are fetched live", async () => {
  const ids = seed();
  const screen = await openLoaded();
  await screen.type("stripe");
  await screen.press("cmd+y");
  expect(screen.kind()).toBe("Detail");
  await screen.waitFor((s) => s.detail()?.markdown?.includes("credential"));
  const credential = fieldValue(ids.engineering, ids.stripe, "credential");
  const username = fieldValue(ids.engineering, ids.stripe, "username");
  expect(screen.detail()?.markdown).toContain("••••••••");
  expect(screen.detail()?.markdown).not.toContain(credential);
  // A username is not a secret: shown as the 1Password app shows it.
  expect(screen.detail()?.markdown).toContain(username);
  // The main secret is copied from the first section; the field list does not offer it twice.
  expect(screen.actions().filter((action) => /^Copy Credential$/i.test(action.title))).toHaveLength(1);
  expect(screen.detail()?.metadata).toContainEqual(expect.objectContaining({ title: "Vault", text: "Engineering" }));

  // Changed in 1Password meanwhile: Reveal shows the current value, not one fetched earlier.
  const field = simItem(ids.engineering, ids.stripe).fields.find((candidate) => candidate.id === "credential");
  if (field) field.value = "canary-rotated-credential-5d1e";
  await screen.runAction("Reveal Values");
  await screen.waitFor((s) => s.detail()?.markdown?.includes("canary-rotated-credential-5d1e"));
  await screen.runAction("Hide Values");
  expect(screen.detail()?.markdown).not.toContain("canary-rotated-credential-5d1e");
  expectNoSecretLeak(app(), [credential, "canary-rotated-credential-5d1e"]);
});

test("a Reveal Values refused while locked offers Authorize Again, which reveals once unlocked", async () => {
  const ids = seed();
  const screen = await openLoaded();
  await screen.type("stripe");
  await screen.press("cmd+y");
  await screen.waitFor((s) => s.detail()?.markdown?.includes("credential"));
  app().lockedPrompt = "deny";
  app().lock();
  await screen.runAction("Reveal Values");
  await screen.waitFor(() => host.toast?.style === "FAILURE");
  expect(host.toast?.primaryAction).toBe("Authorize Again");
  const credential = fieldValue(ids.engineering, ids.stripe, "credential");
  expect(screen.detail()?.markdown).not.toContain(credential);
  app().unlock();
  await host.toast?.runPrimaryAction();
  await screen.waitFor((s) => s.detail()?.markdown?.includes(credential));
  expectNoSecretLeak(app(), [credential]);
});

/** Runs a delivery and waits for what it says (a toast or a HUD): each copy ends with one. */
async function delivered(screen: Screen, act: () => Promise<void>): Promise<void> {
  const said = () => host.toasts.length + host.huds.length;
  const before = said();
  await act();
  await screen.waitFor(() => said() > before);
}

test("canary sweep: after every secret action, no value of the touched items is in toasts, HUDs, logs or storage", async () => {
  const ids = seed();
  const screen = await openLoaded({ closeWindowAfterCopy: false });
  for (const query of ["github", "stripe", "postgres"]) {
    await screen.type(query);
    await screen.waitFor((s) => s.actions().some((a) => a.path[0] === "Copy Field"));
    await screen.waitFor((s) => s.actions().filter((a) => a.path[0] === "Copy Field").length >= 2);
    await delivered(screen, () => screen.press("enter"));
    await delivered(screen, () => screen.press("cmd+enter"));
    for (const action of screen.actions().filter((a) => a.path.length > 0)) {
      await delivered(screen, () => screen.runAction([...action.path, action.title]));
    }
    await delivered(screen, () => screen.press("cmd+shift+c"));
  }
  await screen.press("cmd+shift+a");
  await screen.press("cmd+shift+e");
  await screen.waitFor(() => host.clipboard?.text.includes("op://"));
  const touched = [ids.github, ids.stripe, ids.postgres].flatMap((id) => {
    const vault = id === ids.postgres ? ids.ops : ids.engineering;
    return simItem(vault, id).fields.map((field) => field.value);
  });
  expect(touched.length).toBeGreaterThanOrEqual(7);
  expectNoSecretLeak(app(), touched);
  // The copies were real: the values did go to the clipboard, concealed.
  expect(host.clipboardHistory.filter((entry) => entry.concealed).length).toBeGreaterThanOrEqual(6);
});

test("scoped to one vault (Manage Vaults reuses it): only that vault's items, titled with the vault", async () => {
  const ids = seed();
  const { ItemList } = await import("../../src/components/items/ItemList");
  const screen = await openCommand("search-secrets", {
    module: () => (
      <ItemList
        preferences={{
          accounts: ["Acme"],
          clearAfterSeconds: 90,
          primaryAction: "copy",
          closeWindowAfterCopy: true,
          fillBy: "typing",
          pressReturnAfterFill: false,
        }}
        scope={{ account: "Acme", vaultId: ids.ops, vaultTitle: "Ops" }}
      />
    ),
  });
  await screen.waitFor((s) => !s.isLoading() && s.items().length > 0);
  expect(screen.navigationTitle()).toBe("Ops");
  expect(sortedItemTitles(screen)).toEqual(["Datadog", "GitLab", "Postgres Production"]);
  await screen.type("git");
  expect(screen.items().map((item) => item.title)).toEqual(["GitLab"]);
});

test("several accounts: rows of both, each naming its account; one account failing keeps the other's rows", async () => {
  const acme = app().addAccount({ name: "Acme", type: "business" });
  const home = app().addAccount({ name: "Home", type: "family" });
  acme.addItem(acme.addVault({ title: "Engineering" }), { title: "GitHub Work", category: "Login" });
  home.addItem(home.addVault({ title: "Personal", type: "personal" }), { title: "GitHub Personal", category: "Login" });
  // The second account is configured by UUID, as the preference allows.
  const screen = await openCommand("search-secrets", { preferences: { accounts: `Acme, ${home.uuid}` } });
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 2);
  await screen.type("github");
  const rows = screen.items();
  expect(rows.map((row) => row.title).sort()).toEqual(["GitHub Personal", "GitHub Work"]);
  expect(rows.find((row) => row.title === "GitHub Work")?.accessories.join(" ")).toContain("Acme");
  expect(rows.find((row) => row.title === "GitHub Personal")?.accessories.join(" ")).toContain(home.uuid);
  // The dropdown offers each account.
  expect(screen.dropdown()?.items.map((item) => item.title)).toEqual(expect.arrayContaining(["Acme", home.uuid]));

  // Home's vault list fails on the next refresh while Acme's succeeds: both accounts' rows stay (Home's from the
  // index), Acme's refresh lands, and a toast names the failure with its recovery.
  acme.addItem(acme.addVault({ title: "Ops" }), { title: "GitHub Actions", category: "ApiCredentials" });
  app().failNext((call) => call.name === "VaultsList" && call.account.toLowerCase() === home.uuid.toLowerCase(), {
    message: "permission denied: you do not have access to this account's vaults",
  });
  await screen.press("cmd+r");
  await screen.waitFor(() => host.toasts.some((toast) => toast.title === "Permission Denied"));
  await screen.waitFor((s) => !s.isLoading() && s.items().length === 3);
  expect(
    screen
      .items()
      .map((row) => row.title)
      .sort(),
  ).toEqual(["GitHub Actions", "GitHub Personal", "GitHub Work"]);
  expectNoSecretLeak(app());
});

test("a plain Text or URL field is a secret too: copied concealed, recorded as a field value, cleared", async () => {
  const acme = app().addAccount({ name: "Acme" });
  const vault = acme.addVault({ title: "Personal" });
  const codes = "canary-recovery-7f3a 9b2c 41d0";
  const link = "https://hooks.example/T0/canary-token-5e8d";
  acme.addItem(vault, {
    title: "Backup Codes",
    category: "SecureNote",
    fields: [
      { id: "codes", title: "Recovery codes", value: codes, fieldType: "Text" },
      { id: "hook", title: "Webhook", value: link, fieldType: "Url" },
    ],
  });
  const screen = await openLoaded({ closeWindowAfterCopy: false });
  await waitForFields(screen, "Recovery codes");
  await screen.runAction(["Copy Field", "Recovery codes"]);
  await screen.waitFor(() => host.clipboard?.text === codes);
  expect(host.clipboard).toEqual({ text: codes, concealed: true });
  expect(clearRecords().map((record) => record.label)).toContain("a field value");
  await screen.runAction(["Copy Field", "Webhook"]);
  await screen.waitFor(() => host.clipboard?.text === link);
  expect(host.clipboard?.concealed).toBe(true);
  expect(plainSecretCopies([codes, link])).toEqual([]);
  await runClearClipboard();
  expect(host.clipboard).toBeUndefined();
  expectNoSecretLeak(app(), [codes, link]);
});
