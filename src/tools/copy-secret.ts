import type { Tool } from "@raycast/api";
import { copySecret, pasteSecret } from "../clipboard/secure-clipboard";
import { typeSecret } from "../clipboard/type-secret";
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
  /**
   * How the secret reaches the person: "copy" (default) puts it on the clipboard, concealed and cleared; "paste" copies
   * it and pastes it into the app in front of Raycast; "type" types it into that app as keystrokes, without the
   * clipboard (plain ASCII up to 500 characters; anything else is refused and can be copied instead).
   */
  deliver?: "copy" | "paste" | "type";
};

/** The confirmation's question, per delivery. */
const ASK = {
  copy: { verb: "Copy", where: "to the clipboard" },
  paste: { verb: "Paste", where: "into the app in front of Raycast" },
  type: { verb: "Type", where: "into the app in front of Raycast, as keystrokes" },
} as const;

function deliveryOf(input: Input): keyof typeof ASK {
  return input.deliver === "paste" || input.deliver === "type" ? input.deliver : "copy";
}

export const confirmation: Tool.Confirmation<Input> = async (input) => {
  const preferences = await answering(async () => toolPreferences());
  // Names come from whoever wrote the item or the Environment: shown safely, the reference exactly.
  const target = safeNames(await answering(() => copyTargetOf(preferences, input)));
  const deliver = deliveryOf(input);
  const { verb, where } = ASK[deliver];
  // Typing never touches the clipboard: nothing to clear.
  const when = deliver === "type" ? "not used" : clearsIn(preferences);
  if (target.kind === "field") {
    return {
      message: `${verb} the ${target.field} of “${target.item}” ${where}?`,
      info: [
        { name: "Item", value: target.item },
        { name: "Field", value: target.field },
        { name: "Vault", value: target.vault },
        { name: "Account", value: target.account },
        { name: "Clipboard Clears", value: when },
        ...deliveryInfo(deliver),
      ],
    };
  }
  return {
    message: `${verb} the value of ${target.variable} from “${target.environment}” ${where}?`,
    info: [
      { name: "Environment", value: target.environment },
      { name: "Variable", value: target.variable },
      { name: "Account", value: target.account },
      { name: "Clipboard Clears", value: when },
      ...deliveryInfo(deliver),
    ],
  };
};

/** A copy keeps the confirmation as it always was; a paste or typing names itself. */
function deliveryInfo(deliver: keyof typeof ASK) {
  return deliver === "copy" ? [] : [{ name: "Delivery", value: deliver === "paste" ? "Paste" : "Type as keystrokes" }];
}

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
    const deliver = deliveryOf(input);
    const options = toolClipboardOptions(preferences);
    if (deliver === "type") {
      const typed = await typeSecret(value, what, options);
      if (typed.delivered !== "typed") throw new ToolInputError(`Nothing was typed: ${typed.reason}.`);
      return { typed: what, clipboard: "not used" };
    }
    const delivery = await (deliver === "paste" ? pasteSecret : copySecret)(value, what, options);
    if (delivery.delivered === "pasted") {
      return { pasted: what, concealed: true, clears: clearsIn(preferences, delivery) };
    }
    return { copied: what, concealed: true, clears: clearsIn(preferences, delivery) };
  });
}
