import type { Tool } from "@raycast/api";
import { copySecret } from "../clipboard/secure-clipboard";
import { copyTargetOf, readSecret } from "./shared/copy-target";
import { answering, ToolInputError } from "./shared/errors";
import { clearsIn, toolClipboardOptions, toolPreferences } from "./shared/preferences";
import { safeNames } from "./shared/describe";

type Input = {
  /** The `op://` secret reference of the field to copy, exactly as search-items returned it. */
  reference?: string;
  /** Instead of a reference: the Environment (name from list-environments) whose variable to copy. */
  environment?: string;
  /** With `environment`: the variable's name, as list-variables shows it. */
  variable?: string;
  /** The account, when several are configured and the reference or Environment does not say which. */
  account?: string;
};

export const confirmation: Tool.Confirmation<Input> = async (input) => {
  const preferences = await answering(async () => toolPreferences());
  // Names come from whoever wrote the item or the Environment: shown safely, the reference exactly.
  const target = safeNames(await answering(() => copyTargetOf(preferences, input)));
  const when = clearsIn(preferences);
  if (target.kind === "field") {
    return {
      message: `Copy the ${target.field} of “${target.item}” to the clipboard?`,
      info: [
        { name: "Item", value: target.item },
        { name: "Field", value: target.field },
        { name: "Vault", value: target.vault },
        { name: "Account", value: target.account },
        { name: "Clipboard Clears", value: when },
      ],
    };
  }
  return {
    message: `Copy the value of ${target.variable} from “${target.environment}” to the clipboard?`,
    info: [
      { name: "Environment", value: target.environment },
      { name: "Variable", value: target.variable },
      { name: "Account", value: target.account },
      { name: "Clipboard Clears", value: when },
    ],
  };
};

/**
 * Puts one secret on the clipboard for the person: a field's value by its `op://` reference, or an Environment
 * variable's value. The copy is concealed (kept out of clipboard history) and cleared after the person's delay. It
 * answers only what was copied and when it clears: the value never reaches the conversation. Use it whenever the
 * person wants to see, use or paste a secret.
 */
export default async function tool(input: Input) {
  return answering(async () => {
    const preferences = toolPreferences();
    const { value, what } = await readSecret(await copyTargetOf(preferences, input));
    if (value === "") throw new ToolInputError(`The ${what} is empty: there is nothing to copy.`);
    const delivery = await copySecret(value, what, toolClipboardOptions(preferences));
    return { copied: what, concealed: true, clears: clearsIn(preferences, delivery) };
  });
}
