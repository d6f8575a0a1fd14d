import { component, h, split, type Props } from "./element";
import { Metadata } from "./metadata";

export const Detail = component(
  "Detail",
  (props: Props) => {
    const { rest, slots } = split(props, ["actions", "metadata"]);
    return h("Detail", rest, ...slots);
  },
  { Metadata },
);
