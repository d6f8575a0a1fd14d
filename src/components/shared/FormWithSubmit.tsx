import { Action, ActionPanel, Form, type Image } from "@raycast/api";
import type { ReactNode } from "react";

/** A form whose one action submits it: the frame every small form of the extension shares. */
export function FormWithSubmit<T extends Form.Values>(props: {
  navigationTitle: string;
  submitTitle: string;
  submitIcon: Image.ImageLike;
  isLoading?: boolean;
  onSubmit: Action.SubmitForm.Props<T>["onSubmit"];
  children: ReactNode;
}) {
  return (
    <Form
      navigationTitle={props.navigationTitle}
      isLoading={props.isLoading}
      actions={
        <ActionPanel>
          <Action.SubmitForm<T> title={props.submitTitle} icon={props.submitIcon} onSubmit={props.onSubmit} />
        </ActionPanel>
      }
    >
      {props.children}
    </Form>
  );
}
