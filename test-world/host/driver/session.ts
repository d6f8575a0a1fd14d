import { inAct, nextMacrotask } from "../act";
import type { NavigationController } from "../components/navigation";
import { captureConsole } from "../console-capture";
import { runInCommand, setForegroundCommand, type CommandContext } from "../context";
import type { HostNode, HostRoot } from "../reconciler";
import { recordError } from "../state";
import type { ViewState } from "../view-state";
import { describeScreen } from "./describe";
import { pendingNotifications } from "./list-reactions";
import { viewRoot, views } from "./tree";

/** The view on top of the navigation stack: its View node, what Raycast remembers about it, and what it renders. */
export interface TopView {
  node: HostNode;
  state: ViewState;
  root: HostNode | undefined;
}

export type RootType = "List" | "Form" | "Detail";

/**
 * A running view command. The Screen acts on whatever view is on top of its navigation stack; every step a person
 * takes goes through `step`, inside act() and the command's own async context.
 */
export class Session {
  controller: NavigationController | undefined;
  crash: unknown = undefined;
  unmounted = false;
  readonly release: () => void;
  /** The Screen's entry in host.internal.cleanups, while it is registered there. */
  cleanup: (() => void) | undefined;

  constructor(
    readonly root: HostRoot,
    readonly context: CommandContext,
  ) {
    this.release = captureConsole();
  }

  /**
   * Inside act(), React hands an uncaught render error to act() instead of onUncaughtError, after unmounting the
   * whole tree: an empty container after an error means the command crashed.
   */
  noteCrash(error: unknown): void {
    if (this.crash !== undefined || this.unmounted) return;
    if (this.root.container.children.length > 0) return;
    this.crash = error;
    recordError("render", error);
  }

  assertAlive(): void {
    if (this.crash !== undefined) {
      const error = this.crash;
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`the command crashed while rendering: ${message}`, { cause: error });
    }
    if (this.unmounted) throw new Error("the command is no longer running (unmounted)");
  }

  top(): TopView | undefined {
    const all = views(this.root.container);
    const node = all[all.length - 1];
    if (!node) return undefined;
    return { node, state: node.props.viewState as ViewState, root: viewRoot(node) };
  }

  requireRoot(type: RootType): { root: HostNode; state: ViewState } {
    this.assertAlive();
    const top = this.top();
    if (!top?.root || top.root.type !== type) {
      throw new Error(`the top view is ${top?.root?.type ?? "empty"}, not a ${type}\n${describeScreen(this)}`);
    }
    return { root: top.root, state: top.state };
  }

  /** Runs a step inside act(), then lets Raycast-side reactions (selection, dropdown) happen. */
  async step<T>(fn: () => T | Promise<T>): Promise<T> {
    this.assertAlive();
    setForegroundCommand(this.context);
    let result: T;
    try {
      // In the command's own async context, so timers and promises an action starts belong to this command.
      result = await runInCommand(this.context, () => inAct(fn));
    } catch (error) {
      // act() rethrows render errors; report them as the crash they are.
      this.noteCrash(error);
      this.assertAlive();
      throw error;
    }
    await this.reactToChanges();
    this.assertAlive();
    return result;
  }

  /** Lets pending promises, timers due now and effects run. */
  async settle(): Promise<void> {
    await this.step(async () => {
      for (let round = 0; round < 5; round++) await nextMacrotask();
    });
  }

  /** Raycast's side of a render: follow selectedItemId, keep a selection, send onSelectionChange/onChange. */
  private async reactToChanges(): Promise<void> {
    for (let round = 0; round < 20; round++) {
      if (this.crash !== undefined || this.unmounted) return;
      const work = pendingNotifications(this);
      if (work.length === 0) return;
      try {
        await inAct(() => {
          for (const fn of work) fn();
        });
      } catch (error) {
        this.noteCrash(error);
        this.assertAlive();
        throw error;
      }
    }
  }
}
