import { executeAction, readActions } from "./action-panel";
import { callback } from "./callbacks";
import { readFields } from "./form-reading";
import type { Session } from "./session";
import { nodeOf } from "./tree";

/** Types a value into a form field (focus, change, blur, as a person tabbing through the form). */
export async function setFieldValue(session: Session, id: string, value: unknown): Promise<void> {
  const { state } = session.requireRoot("Form");
  const field = readFields(session).find((candidate) => candidate.id === id && candidate.type !== "description");
  if (!field) throw new Error(`no form field "${id}"; fields: ${readFields(session).map((f) => f.id)}`);
  let next = value;
  if (field.type === "dropdown") {
    const options = field.options ?? [];
    const option = options.find((o) => o.value === value) ?? options.find((o) => o.title === value);
    if (!option)
      throw new Error(`"${id}" has no option ${JSON.stringify(value)}; options: ${options.map((o) => o.value)}`);
    next = option.value;
  }
  if (field.type === "tagpicker") {
    const allowed = new Set((field.options ?? []).map((o) => o.value));
    if (!Array.isArray(value) || value.some((v) => !allowed.has(String(v)))) {
      throw new Error(`"${id}" takes a list of: ${[...allowed].join(", ")}`);
    }
  }
  if (field.type === "checkbox" && typeof value !== "boolean") throw new Error(`"${id}" is a checkbox: pass a boolean`);
  const node = nodeOf(field);
  await session.step(() => {
    state.focusedField = id;
    callback(node.props.onFocus)?.({ target: { id, value: field.value }, type: "focus" });
    state.formValues.set(id, next);
    callback(node.props.onChange)?.(next);
  });
  await session.step(() => {
    const current = nodeOf(readFields(session).find((candidate) => candidate.id === id) ?? field);
    callback(current.props.onBlur)?.({ target: { id, value: next }, type: "blur" });
  });
}

/** Fills the given values, then runs the form's first Action.SubmitForm with every field's value. */
export async function submitForm(session: Session, values?: Record<string, unknown>): Promise<void> {
  for (const [id, value] of Object.entries(values ?? {})) await setFieldValue(session, id, value);
  const submit = readActions(session).find((action) => action.kind === "submitForm");
  if (!submit) throw new Error("the form has no Action.SubmitForm");
  await executeAction(session, submit);
}
