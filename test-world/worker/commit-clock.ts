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
 * What the person sees of a List, as one text: section titles and subtitles, row ids (or titles), the empty view.
 * Action panels and accessories are not walked: a commit that only changes them does not change the rows.
 */
function rowsSignature(children: readonly HostChild[], parts: string[]): void {
  for (const child of children) {
    if (child.kind !== "node" || child.hidden) continue;
    if (child.type === "slot") continue;
    if (child.type === "List.Item") {
      parts.push(`i:${String(child.props.id ?? child.props.title)}`);
      continue;
    }
    if (child.type === "List.Section") parts.push(`s:${String(child.props.title)}|${String(child.props.subtitle)}`);
    if (child.type === "List.EmptyView") parts.push(`e:${String(child.props.title)}`);
    rowsSignature(child.children, parts);
  }
}

/**
 * When React commits, read from inside the commit (the host renderer's resetAfterCommit), so a measurement ends
 * where the rows are on screen, not when a poll notices them.
 */
export class CommitClock {
  /** performance.now() of the latest commit. */
  last = 0;
  /** performance.now() of the latest commit that changed the rows (see rowsSignature), and of the first since mark(). */
  lastRowsChange = 0;
  firstSinceMark: number | undefined;
  private rows = "";
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
      this.firstSinceMark ??= at;
      const parts: string[] = [];
      rowsSignature(container.children, parts);
      const rows = parts.join("\n");
      if (rows !== this.rows) {
        this.rows = rows;
        this.lastRowsChange = at;
      }
      if (this.firstContent === undefined && showsContent(container.children)) {
        this.firstContent = at;
        this.onFirstContent?.();
      }
    });
  }

  /** Starts a measurement: firstSinceMark is the next commit's time. */
  mark(): void {
    this.firstSinceMark = undefined;
  }

  dispose(): void {
    this.release();
  }
}
