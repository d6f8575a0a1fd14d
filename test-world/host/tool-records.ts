/** How the person answers a tool confirmation: at once, or after something happens while it is on screen. */
export type ToolAnswer = boolean | (() => boolean | Promise<boolean>);

/** What a tool's `confirmation` returned: Raycast shows it and runs the tool only if the person confirms. */
export interface ToolConfirmationView {
  style?: string;
  message?: string;
  info?: { name: string; value?: string }[];
  image?: unknown;
}

/** One call of an AI tool, as Raycast AI made it: what it was asked, what it asked the person, what it answered. */
export interface ToolRunRecord {
  tool: string;
  input: unknown;
  /** Undefined when the tool exports no confirmation or its confirmation returned undefined (nothing to confirm). */
  confirmation?: ToolConfirmationView;
  /** How the person answered the confirmation: true confirms. Undefined when there was nothing to confirm. */
  confirmed?: boolean;
  /** What the tool returned: it goes into the model's context. */
  result?: unknown;
  /** The message of the error the tool threw: the model sees it too. */
  error?: string;
}
