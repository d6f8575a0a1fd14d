import type { DesktopApp } from "../../test-world/sim";
import { useFakeKeystrokes } from "../../test-world/support/keystroke";
import { useSimulatedApp } from "../../test-world/support/world";
import { turnOnBackgroundClear } from "../../test-world/support/commands";
import { callTool, seedToolWorld, type ToolWorld } from "../../test-world/support/tools";

/**
 * What the tests of the tools that copy a secret or change 1Password stand on. The tools are called from their built
 * files as Raycast AI calls them: each asks first with a confirmation that names what it will do, does nothing when
 * the person declines, and answers without a value.
 */

/** The tool world, with background clearing already run once. */
export async function seedWriteToolWorld(app: DesktopApp): Promise<ToolWorld> {
  const world = seedToolWorld(app);
  // Background clearing has run once, as it has for anyone who opened Clear Copied Secret: a copy's clear is certain.
  await turnOnBackgroundClear();
  return world;
}

/** Calling a tool over this test's app and world (getters: both are new for each test), and the world's account. */
export function writeToolCalls(app: () => DesktopApp, world: () => ToolWorld) {
  const call = (name: string, input: unknown, preferences?: Record<string, unknown>) =>
    callTool(app(), world(), name, input, preferences);
  const acme = () => app().account(world().account);
  return { call, acme };
}

/**
 * The set-up of every write-tool test file: the simulated app, macOS with the fake keystroke program (copy-secret's
 * deliver "type" starts the system's one), and a fresh tool world per test.
 */
export function useWriteToolWorld() {
  const app = useSimulatedApp();
  useFakeKeystrokes("darwin");
  let current: ToolWorld | undefined;
  beforeEach(async () => {
    current = await seedWriteToolWorld(app());
  });
  const world = (): ToolWorld => {
    if (!current) throw new Error("no tool world: call inside a test");
    return current;
  };
  return { app, world, ...writeToolCalls(app, world) };
}
