import { createContext, type ReactNode } from "react";
import Reconciler from "react-reconciler";
import { ConcurrentRoot, DefaultEventPriority, NoEventPriority } from "react-reconciler/constants";

/** A node of the rendered tree: one per host element the stand-in components render ("List.Item", "Action", …). */
export interface HostNode {
  kind: "node";
  type: string;
  props: Record<string, unknown>;
  children: HostChild[];
  parent: HostNode | HostContainer | null;
  hidden: boolean;
}

/** Raycast has no text nodes; stray strings are kept so they can be reported, and otherwise ignored. */
export interface HostText {
  kind: "text";
  text: string;
  parent: HostNode | HostContainer | null;
  hidden: boolean;
}

export type HostChild = HostNode | HostText;

export interface HostContainer {
  kind: "container";
  children: HostChild[];
  commits: number;
}

function withoutChildren(props: Record<string, unknown>): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { children, ...rest } = props;
  return rest;
}

function detach(parent: HostNode | HostContainer, child: HostChild): void {
  const index = parent.children.indexOf(child);
  if (index >= 0) parent.children.splice(index, 1);
}

function append(parent: HostNode | HostContainer, child: HostChild): void {
  if (child.parent) detach(child.parent, child);
  parent.children.push(child);
  child.parent = parent;
}

function insertBefore(parent: HostNode | HostContainer, child: HostChild, before: HostChild): void {
  if (child.parent) detach(child.parent, child);
  const index = parent.children.indexOf(before);
  parent.children.splice(index < 0 ? parent.children.length : index, 0, child);
  child.parent = parent;
}

let currentUpdatePriority: number = NoEventPriority;

type CommitListener = (container: HostContainer) => void;
const commitListeners = new Set<CommitListener>();

/** Calls `listener` at the end of every commit of every root (the worker runner times renders with it). */
export function onCommit(listener: CommitListener): () => void {
  commitListeners.add(listener);
  return () => {
    commitListeners.delete(listener);
  };
}

const hostConfig = {
  rendererPackageName: "raycast-headless-host",
  rendererVersion: "1.0.0",
  supportsMutation: true,
  supportsPersistence: false,
  supportsHydration: false,
  supportsMicrotasks: true,
  isPrimaryRenderer: true,
  warnsIfNotActing: true,
  noTimeout: -1,
  scheduleTimeout: setTimeout,
  cancelTimeout: clearTimeout,
  scheduleMicrotask: queueMicrotask,
  NotPendingTransition: null,
  HostTransitionContext: createContext<unknown>(null),

  createInstance(type: string, props: Record<string, unknown>): HostNode {
    return { kind: "node", type, props: withoutChildren(props), children: [], parent: null, hidden: false };
  },
  createTextInstance(text: string): HostText {
    return { kind: "text", text, parent: null, hidden: false };
  },
  appendInitialChild: append,
  appendChild: append,
  appendChildToContainer: append,
  insertBefore,
  insertInContainerBefore: insertBefore,
  removeChild: detach,
  removeChildFromContainer: detach,
  commitUpdate(node: HostNode, _type: string, _oldProps: unknown, newProps: Record<string, unknown>): void {
    node.props = withoutChildren(newProps);
  },
  commitTextUpdate(node: HostText, _old: string, text: string): void {
    node.text = text;
  },
  finalizeInitialChildren: () => false,
  shouldSetTextContent: () => false,
  getRootHostContext: () => ({}),
  getChildHostContext: (parentContext: object) => parentContext,
  getPublicInstance: (instance: HostChild) => instance,
  prepareForCommit: () => null,
  resetAfterCommit(container: HostContainer): void {
    container.commits += 1;
    for (const listener of commitListeners) listener(container);
  },
  preparePortalMount: () => undefined,
  clearContainer(container: HostContainer): void {
    container.children.length = 0;
  },
  hideInstance(node: HostNode): void {
    node.hidden = true;
  },
  unhideInstance(node: HostNode): void {
    node.hidden = false;
  },
  hideTextInstance(node: HostText): void {
    node.hidden = true;
  },
  unhideTextInstance(node: HostText): void {
    node.hidden = false;
  },
  resetTextContent: () => undefined,
  detachDeletedInstance: () => undefined,
  getInstanceFromNode: () => null,
  getInstanceFromScope: () => null,
  prepareScopeUpdate: () => undefined,
  beforeActiveInstanceBlur: () => undefined,
  afterActiveInstanceBlur: () => undefined,
  setCurrentUpdatePriority(priority: number): void {
    currentUpdatePriority = priority;
  },
  getCurrentUpdatePriority: () => currentUpdatePriority,
  resolveUpdatePriority: () =>
    currentUpdatePriority !== NoEventPriority ? currentUpdatePriority : DefaultEventPriority,
  resolveEventType: () => null,
  resolveEventTimeStamp: () => -1.1,
  shouldAttemptEagerTransition: () => false,
  trackSchedulerEvent: () => undefined,
  requestPostPaintCallback: () => undefined,
  maySuspendCommit: () => false,
  preloadInstance: () => true,
  startSuspendingCommit: () => undefined,
  suspendInstance: () => undefined,
  waitForCommitToBeReady: () => null,
  resetFormInstance: () => undefined,
  bindToConsole: undefined,
};

// The @types package describes a newer reconciler than 0.31; the config above follows 0.31's source.
const reconciler = Reconciler(hostConfig as unknown as Parameters<typeof Reconciler>[0]);

export interface HostRoot {
  container: HostContainer;
  render(element: ReactNode): void;
  unmount(): void;
  unmountSync(): void;
}

/** A concurrent root; render/unmount must run inside React's act(). */
export function createHostRoot(onError: (source: string, error: unknown) => void): HostRoot {
  const container: HostContainer = { kind: "container", children: [], commits: 0 };
  // 0.31 takes ten arguments (the @types package adds an eleventh from a later version).
  const createContainer = reconciler.createContainer as unknown as (...args: unknown[]) => Reconciler.FiberRoot;
  const root = createContainer(
    container,
    ConcurrentRoot,
    null,
    false,
    null,
    "",
    (error: unknown) => onError("render", error),
    // An error boundary in the extension handled it: that is the extension's behaviour, not a host error.
    () => undefined,
    (error: unknown) => onError("render (recovered)", error),
    null,
  );
  return {
    container,
    render(element) {
      reconciler.updateContainer(element, root, null, null);
    },
    unmount() {
      reconciler.updateContainer(null, root, null, null);
    },
    unmountSync() {
      // Used outside act() (resetHost): unmount synchronously, without act()'s "not wrapped" warning.
      const flags = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
      const previous = flags.IS_REACT_ACT_ENVIRONMENT;
      flags.IS_REACT_ACT_ENVIRONMENT = false;
      try {
        const sync = reconciler as unknown as {
          updateContainerSync(element: null, root: Reconciler.FiberRoot, parent: null, callback: null): void;
          flushSyncWork(): void;
        };
        sync.updateContainerSync(null, root, null, null);
        sync.flushSyncWork();
      } finally {
        flags.IS_REACT_ACT_ENVIRONMENT = previous;
      }
    },
  };
}
