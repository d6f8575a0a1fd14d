import { component, h, split, type Props } from "./element";
import { Metadata } from "./metadata";

const ItemDetail = component(
  "List.Item.Detail",
  (props: Props) => {
    const { rest, slots } = split(props, ["metadata"]);
    return h("List.Item.Detail", rest, ...slots);
  },
  { Metadata },
);

const Item = component(
  "List.Item",
  (props: Props) => {
    const { rest, slots } = split(props, ["actions", "detail"]);
    return h("List.Item", rest, ...slots);
  },
  { Detail: ItemDetail },
);

const Section = component(
  "List.Section",
  (props: Props) => h("List.Section", split(props, []).rest, props.children as never),
  {},
);

const EmptyView = component(
  "List.EmptyView",
  (props: Props) => {
    const { rest, slots } = split(props, ["actions"]);
    return h("List.EmptyView", rest, ...slots);
  },
  {},
);

const DropdownItem = component(
  "List.Dropdown.Item",
  (props: Props) => h("List.Dropdown.Item", split(props, []).rest),
  {},
);
const DropdownSection = component(
  "List.Dropdown.Section",
  (props: Props) => h("List.Dropdown.Section", split(props, []).rest, props.children as never),
  {},
);
const Dropdown = component(
  "List.Dropdown",
  (props: Props) => h("List.Dropdown", split(props, []).rest, props.children as never),
  { Item: DropdownItem, Section: DropdownSection },
);

export const List = component(
  "List",
  (props: Props) => {
    const { rest, slots } = split(props, ["searchBarAccessory", "actions"]);
    return h("List", rest, ...slots, props.children as never);
  },
  { Item, Section, EmptyView, Dropdown },
);
