import { useContext, useImperativeHandle, type Ref } from "react";
import { component, h, split, type Props } from "./element";
import { ViewContext } from "./navigation";

interface FormItemRef {
  focus(): void;
  reset(): void;
}

/** A form field: the host node carries its props; the driver keeps the value when the extension does not. */
function field<T extends object>(hostType: string, members: T) {
  return component(
    hostType,
    (props: Props) => {
      const view = useContext(ViewContext);
      const id = String(props.id);
      useImperativeHandle(
        props.ref as Ref<FormItemRef> | undefined,
        () => ({
          focus() {
            if (view) view.focusedField = id;
          },
          reset() {
            view?.formValues.delete(id);
          },
        }),
        [view, id],
      );
      return h(hostType, split(props, []).rest, props.children as never);
    },
    members,
  );
}

const DropdownItem = component(
  "Form.Dropdown.Item",
  (props: Props) => h("Form.Dropdown.Item", split(props, []).rest),
  {},
);
const DropdownSection = component(
  "Form.Dropdown.Section",
  (props: Props) => h("Form.Dropdown.Section", split(props, []).rest, props.children as never),
  {},
);
const TagPickerItem = component(
  "Form.TagPicker.Item",
  (props: Props) => h("Form.TagPicker.Item", split(props, []).rest),
  {},
);

export const Form = component(
  "Form",
  (props: Props) => {
    const { rest, slots } = split(props, ["actions", "searchBarAccessory"]);
    return h("Form", rest, ...slots, props.children as never);
  },
  {
    TextField: field("Form.TextField", {}),
    TextArea: field("Form.TextArea", {}),
    PasswordField: field("Form.PasswordField", {}),
    Checkbox: field("Form.Checkbox", {}),
    DatePicker: field("Form.DatePicker", {}),
    Dropdown: field("Form.Dropdown", { Item: DropdownItem, Section: DropdownSection }),
    TagPicker: field("Form.TagPicker", { Item: TagPickerItem }),
    Description: component("Form.Description", (props: Props) => h("Form.Description", split(props, []).rest), {}),
    Separator: component("Form.Separator", () => h("Form.Separator", {}), {}),
  },
);
