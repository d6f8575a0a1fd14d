import { host } from "../../test-world/host";
import type { DesktopApp } from "../../test-world/sim";
import { useSimulatedApp } from "../../test-world/support/world";

/**
 * Bad input for every form: empty, huge (10,000 characters), unicode (emoji, right-to-left, combining marks) and control
 * characters. Each gets a clear inline error or works exactly, and nothing crashes.
 */

export const HUGE = "x".repeat(10_000);
export const UNICODE = "🚀 Launch עברית ‏e\u0301 – Ωmega";
export const CONTROL = "bad\u0007bell\u0000nul";
/** A clear inline error: present, one short line, and not an echo of a huge input. */
export const CLEAR_ERROR = /^[^\n]{1,200}$/;

/** The simulated app for each test of the file; after each, the host must have recorded no error. */
export function useFormWorld(): () => DesktopApp {
  // Declared before the world, so it runs before the world's afterEach resets the host.
  afterEach(() => expect(host.errors).toEqual([]));
  return useSimulatedApp();
}
