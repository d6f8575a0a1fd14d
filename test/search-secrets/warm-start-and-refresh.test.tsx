import { useLayoutEffect } from "react";
import SearchSecrets from "../../src/search-secrets";
import { forgetAllClients } from "../../src/onepassword/clients";
import { MetadataIndex } from "../../src/onepassword/metadata-index";
import { host } from "../../test-world/host";
import { openCommand } from "../../test-world/support/commands";
import { useSimulatedApp } from "../../test-world/support/world";
import { openLoaded, seededItems } from "./seeded-items";

/** Search Secrets painting from the stored index before 1Password answers, and refreshing only what changed. */
const app = useSimulatedApp();
const { seed } = seededItems(app);

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
