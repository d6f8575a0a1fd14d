import type { HostNode } from "../reconciler";
import { selectedItem } from "./list-reading";
import type { Session } from "./session";
import { findFirst, nodeOf, readMetadata, slotOf, type MetadataEntry } from "./tree";

export interface DetailView {
  markdown?: string;
  metadata: MetadataEntry[];
  isLoading: boolean;
}

/** A Detail's content, or the selected row's List.Item.Detail. */
export function readDetail(session: Session): DetailView | undefined {
  session.assertAlive();
  const top = session.top();
  const root = top?.root;
  if (!root) return undefined;
  let node: HostNode | undefined;
  if (root.type === "Detail") node = root;
  else if (root.type === "List") {
    const selected = selectedItem(session);
    const slot = selected ? slotOf(nodeOf(selected), "detail") : undefined;
    node = slot ? findFirst(slot, (child) => child.type === "List.Item.Detail") : undefined;
  }
  if (!node) return undefined;
  const view: DetailView = {
    metadata: readMetadata(slotOf(node, "metadata")),
    isLoading: node.props.isLoading === true,
  };
  if (typeof node.props.markdown === "string") view.markdown = node.props.markdown;
  return view;
}
