import type { HostNode } from "../reconciler";
import type { ViewState } from "../view-state";
import type { Session } from "./session";
import { hasStoredValue, storedValue, storeValue } from "./stored-values";
import { choices, hidden, nodeOf, visit, type Choice } from "./tree";

export interface FieldView {
  id: string;
  /** textfield, textarea, password, checkbox, datepicker, dropdown, tagpicker, description, separator */
  type: string;
  title?: string;
  value: unknown;
  error?: string;
  info?: string;
  placeholder?: string;
  /** A checkbox's label. */
  label?: string;
  /** Dropdown and tag picker choices. */
  options?: Choice[];
  /** A description's text. */
  text?: string;
}

const FIELD_TYPES: Record<string, string> = {
  "Form.TextField": "textfield",
  "Form.TextArea": "textarea",
  "Form.PasswordField": "password",
  "Form.Checkbox": "checkbox",
  "Form.DatePicker": "datepicker",
  "Form.Dropdown": "dropdown",
  "Form.TagPicker": "tagpicker",
  "Form.Description": "description",
  "Form.Separator": "separator",
};

/** What a field shows: controlled, else typed, else stored, else its default, else its type's empty value. */
function fieldValue(session: Session, node: HostNode, state: ViewState): unknown {
  const props = node.props;
  const id = String(props.id ?? "");
  const type = FIELD_TYPES[node.type];
  const fallback = () => {
    if (type === "checkbox") return false;
    if (type === "tagpicker") return [];
    if (type === "datepicker") return null;
    if (type === "dropdown") return choices(node, "Form.Dropdown.Item", "Form.Dropdown.Section")[0]?.value ?? "";
    return "";
  };
  // useForm passes null for "no value yet": still controlled, showing the empty value.
  if ("value" in props && props.value !== undefined) return props.value ?? fallback();
  if (state.formValues.has(id)) return state.formValues.get(id);
  if (props.storeValue === true) {
    const commandName = session.context.commandName;
    if (hasStoredValue(commandName, "form", id)) return storedValue(commandName, "form", id);
  }
  if (props.defaultValue !== undefined) return props.defaultValue;
  return fallback();
}

/** The form's fields in order, with the values a person sees; each hides its host node as `node`. */
export function readFields(session: Session): FieldView[] {
  const { root, state } = session.requireRoot("Form");
  const out: FieldView[] = [];
  visit(root, (node) => {
    const type = FIELD_TYPES[node.type];
    if (!type) return true;
    const props = node.props;
    const field: FieldView = { id: String(props.id ?? ""), type, value: undefined };
    if (type !== "description" && type !== "separator") field.value = fieldValue(session, node, state);
    for (const key of ["title", "error", "info", "placeholder", "label", "text"] as const) {
      if (typeof props[key] === "string") field[key] = props[key];
    }
    if (type === "description") field.value = props.text;
    if (type === "dropdown") field.options = choices(node, "Form.Dropdown.Item", "Form.Dropdown.Section");
    if (type === "tagpicker") field.options = choices(node, "Form.TagPicker.Item", undefined);
    hidden(field, "node", node);
    out.push(field);
    return false;
  });
  return out;
}

/** Current values of the form, as onSubmit receives them. */
export function readFormValues(session: Session): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of readFields(session)) {
    if (field.type !== "description" && field.type !== "separator" && field.id) values[field.id] = field.value;
  }
  return values;
}

/** On submit Raycast remembers the value of every field with `storeValue`. */
export function storeFormValues(session: Session): void {
  for (const field of readFields(session)) {
    if (nodeOf(field).props.storeValue === true) {
      storeValue(session.context.commandName, "form", field.id, field.value);
    }
  }
}
