import { resetHost } from "../host";
import { closeWindow } from "../host/state";
import { installDesktopApp, type DesktopApp } from "../sim";
import { forgetAllClients } from "../../src/onepassword/clients";
import { endFakeTimers, startFakeTimers } from "./timers";

/**
 * The world each test starts from: a fresh headless host and, with useSimulatedApp, a fresh simulated 1Password app
 * and an empty client pool (it is module state in src/onepassword/clients.ts).
 */

export interface WorldOptions {
  /** Fake timers (FAKE_TIMERS) for every test of the file, ended after each. */
  fakeTimers?: boolean;
}

const openScreens: { unmount(): Promise<void> }[] = [];

/** Unmounts the screen after this test (inside act, as closing Raycast would), before the host is reset. */
export function closeAfterTest<T extends { unmount(): Promise<void> }>(screen: T): T {
  openScreens.push(screen);
  return screen;
}

/** beforeEach/afterEach for a file that drives the host without the simulated app. */
export function useHost(options: WorldOptions = {}): void {
  beforeEach(() => {
    resetHost();
    if (options.fakeTimers) startFakeTimers();
  });
  afterEach(async () => {
    for (const screen of openScreens.splice(0)) await screen.unmount();
    resetHost();
    await endFakeTimers();
    jest.restoreAllMocks();
  });
}

/** beforeEach/afterEach for a file over the simulated app; returns a getter for this test's app. */
export function useSimulatedApp(options: WorldOptions = {}): () => DesktopApp {
  let app: DesktopApp | undefined;
  useHost(options);
  beforeEach(() => {
    forgetAllClients();
    app = installDesktopApp();
    // The prompt takes focus, as the real one does: Raycast's window closes.
    app.onPromptShown = () => closeWindow("1Password Access Requested");
  });
  afterEach(() => {
    app?.uninstall();
    forgetAllClients();
  });
  return () => {
    if (!app) throw new Error("no simulator: call inside a test");
    return app;
  };
}
