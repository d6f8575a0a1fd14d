import { host } from "../../test-world/host";
import { useSimulatedApp } from "../../test-world/support/world";
import { open, openLoaded, seededItems } from "./seeded-items";

/** Search Secrets when it has nothing or not everything to show: locked, no app, unreadable vaults, no items. */
const app = useSimulatedApp();
const { seed } = seededItems(app);

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
