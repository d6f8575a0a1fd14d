import { component, h, split, type Props } from "./element";

const TagListItem = component(
  "Metadata.TagList.Item",
  (props) => h("Metadata.TagList.Item", split(props, []).rest),
  {},
);

const Label = component("Metadata.Label", (props) => h("Metadata.Label", split(props, []).rest), {});
const Link = component("Metadata.Link", (props) => h("Metadata.Link", split(props, []).rest), {});
const Separator = component("Metadata.Separator", () => h("Metadata.Separator", {}), {});
const TagList = component(
  "Metadata.TagList",
  (props: Props) => h("Metadata.TagList", split(props, []).rest, props.children as never),
  { Item: TagListItem },
);

/** Detail.Metadata and List.Item.Detail.Metadata. */
export const Metadata = component("Metadata", (props: Props) => h("Metadata", {}, props.children as never), {
  Label,
  Link,
  Separator,
  TagList,
});
