import { BrowserExtension, environment } from "@raycast/api";
import { host, resetHost } from "../../test-world/host";

/** The stand-in Browser Extension: absent by default, present, failing and slow as a test sets it. */
afterEach(() => resetHost());

test("absent: canAccess is false and getTabs rejects", async () => {
  expect(environment.canAccess(BrowserExtension)).toBe(false);
  await expect(BrowserExtension.getTabs()).rejects.toThrow(/not installed/);
});

test("present: the tabs as set, copies; a failure rejects; a delay answers late", async () => {
  const tab = { active: true, id: 1, url: "https://example.com/x" };
  host.browserExtension = { installed: true, tabs: [tab] };
  expect(environment.canAccess(BrowserExtension)).toBe(true);
  expect(await BrowserExtension.getTabs()).toEqual([tab]);
  host.browserExtension = { installed: true, tabs: [tab], failure: new Error("no browser") };
  await expect(BrowserExtension.getTabs()).rejects.toThrow("no browser");
  host.browserExtension = { installed: true, tabs: [tab], delayMs: 200 };
  const started = Date.now();
  await BrowserExtension.getTabs();
  expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  expect(host.browserTabReads).toBe(3);
  resetHost();
  expect(environment.canAccess(BrowserExtension)).toBe(false);
});
