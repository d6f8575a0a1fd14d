import { inAct } from "../act";
import { setForegroundBridge } from "../api/system";
import { host, recordError } from "../state";
import { readFormValues } from "./form-reading";
import { clearSearchBarNow } from "./list-input";
import type { Session } from "./session";
import { depth, kind } from "./top-view";

/**
 * The command's screen is the one in front: resetHost() closes it, and popToRoot()/clearSearchBar() from extension
 * code act on it.
 */
export function attach(session: Session): void {
  const cleanup = () => dispose(session);
  host.internal.cleanups.add(cleanup);
  session.cleanup = cleanup;
  setForegroundBridge({
    popToRoot: () => session.controller?.popToRoot(),
    clearSearchBar: () => clearSearchBarNow(session),
  });
}

/** Closing on a root Form with drafts enabled: Raycast keeps what was typed for the next launch. */
function saveDraft(session: Session): void {
  if (session.crash || depth(session) !== 1 || kind(session) !== "Form") return;
  if (session.top()?.root?.props.enableDrafts !== true) return;
  host.drafts[session.context.commandName] = readFormValues(session);
}

function dispose(session: Session): void {
  if (!session.unmounted) {
    session.unmounted = true;
    try {
      session.root.unmountSync();
    } catch (error) {
      recordError("unmount", error);
    }
  }
  session.context.ended = true;
  session.release();
  if (session.cleanup) host.internal.cleanups.delete(session.cleanup);
  setForegroundBridge(undefined);
}

export async function unmount(session: Session): Promise<void> {
  if (session.unmounted) return;
  saveDraft(session);
  session.unmounted = true;
  await inAct(() => session.root.unmount());
  // Raycast terminates the command's worker: its timers and pending work have no effect from now on.
  session.context.ended = true;
  dispose(session);
}
