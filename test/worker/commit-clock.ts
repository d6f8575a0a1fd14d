import { onCommit, type HostChild, type HostContainer } from "../host/reconciler";

/** Whether the committed tree shows content: a List.Item, or a Form field. */
function showsContent(children: readonly HostChild[]): boolean {
  for (const child of children) {
    if (child.kind !== "node" || child.hidden) continue;
    if (child.type === "List.Item" || child.type.startsWith("Form.")) return true;
    // Rows never sit inside action panels or accessories: do not walk those slots.
    if (child.type === "slot" && child.props.name !== "searchBarAccessory") continue;
    if (showsContent(child.children)) return true;
  }
  return false;
}

/**
 * When React commits, read from inside the commit (the host renderer's resetAfterCommit), so a measurement ends
 * where the rows are on screen, not when a poll notices them.
 */
export class CommitClock {
  /** performance.now() of the latest commit. */
  last = 0;
  count = 0;
  /** performance.now() of the first commit, and of the first that showed content. */
  first: number | undefined;
  firstContent: number | undefined;
  /** Runs once, at the first commit that shows content. */
  onFirstContent: (() => void) | undefined;
  private readonly release: () => void;

  constructor() {
    this.release = onCommit((container: HostContainer) => {
      const at = performance.now();
      this.last = at;
      this.count += 1;
      this.first ??= at;
      if (this.firstContent === undefined && showsContent(container.children)) {
        this.firstContent = at;
        this.onFirstContent?.();
      }
    });
  }

  dispose(): void {
    this.release();
  }
}
