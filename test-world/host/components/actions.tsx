import { type ReactNode } from "react";
import { Clipboard } from "../api/clipboard";
import { showHUD } from "../api/feedback";
import { open } from "../api/system";
import { ActionStyle } from "../enums";
import { closeWindow } from "../state";
import { component, h, split, type Props } from "./element";
import { useNavigation } from "./navigation";

type Content = Parameters<typeof Clipboard.copy>[0];
type Run = (formValues?: Record<string, unknown>) => unknown;

/** Every action renders one "Action" host node; `run` is what Raycast does when the user picks it. */
function actionNode(kind: string, props: Props, title: string, run: Run): ReactNode {
  return h("Action", { ...split(props, []).rest, kind, title, run });
}

const CopyToClipboard = component(
  "Action.CopyToClipboard",
  (props: Props) =>
    actionNode("copyToClipboard", props, (props.title as string | undefined) ?? "Copy to Clipboard", async () => {
      const content = props.content as Content;
      await Clipboard.copy(content, { concealed: Boolean(props.concealed ?? props.transient) });
      (props.onCopy as ((content: Content) => void) | undefined)?.(content);
      await showHUD("Copied to Clipboard");
    }),
  {},
);

const Paste = component(
  "Action.Paste",
  (props: Props) =>
    actionNode("paste", props, (props.title as string | undefined) ?? "Paste in Active App", async () => {
      const content = props.content as Content;
      closeWindow("Action.Paste");
      await Clipboard.paste(content);
      (props.onPaste as ((content: Content) => void) | undefined)?.(content);
    }),
  {},
);

const OpenInBrowser = component(
  "Action.OpenInBrowser",
  (props: Props) =>
    actionNode("openInBrowser", props, (props.title as string | undefined) ?? "Open in Browser", async () => {
      const url = String(props.url);
      await open(url);
      (props.onOpen as ((url: string) => void) | undefined)?.(url);
      closeWindow("Action.OpenInBrowser");
    }),
  {},
);

const Open = component(
  "Action.Open",
  (props: Props) =>
    actionNode("open", props, String(props.title), async () => {
      const target = String(props.target);
      await open(target, props.application);
      (props.onOpen as ((target: string) => void) | undefined)?.(target);
      closeWindow("Action.Open");
    }),
  {},
);

function PushAction(props: Props) {
  const navigation = useNavigation();
  return actionNode("push", props, String(props.title), () => {
    navigation.push(props.target as ReactNode, props.onPop as (() => void) | undefined);
    (props.onPush as (() => void) | undefined)?.();
  });
}
const Push = component("Action.Push", PushAction, {});

const SubmitForm = component(
  "Action.SubmitForm",
  (props: Props) =>
    actionNode("submitForm", props, (props.title as string | undefined) ?? "Submit Form", (values) =>
      (props.onSubmit as ((values: Record<string, unknown>) => unknown) | undefined)?.(values ?? {}),
    ),
  {},
);

export const Action = component(
  "Action",
  (props: Props) => actionNode("action", props, String(props.title), () => (props.onAction as Run | undefined)?.()),
  { CopyToClipboard, Paste, OpenInBrowser, Open, Push, SubmitForm, Style: ActionStyle },
);

const Section = component(
  "ActionPanel.Section",
  (props: Props) => h("ActionPanel.Section", split(props, []).rest, props.children as never),
  {},
);

const Submenu = component(
  "ActionPanel.Submenu",
  (props: Props) => h("ActionPanel.Submenu", split(props, []).rest, props.children as never),
  {},
);

export const ActionPanel = component(
  "ActionPanel",
  (props: Props) => h("ActionPanel", split(props, []).rest, props.children as never),
  { Section, Submenu, Item: Action },
);
