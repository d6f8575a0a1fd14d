import { GROUP_HANDLERS } from "./group-handlers";
import type { Handler } from "./handler-context";
import { ITEM_HANDLERS } from "./item-handlers";
import { SECRET_HANDLERS } from "./secret-handlers";
import { VAULT_HANDLERS } from "./vault-handlers";

export type { Handler, HandlerContext, ItemFailure, ItemFailureType, Params } from "./handler-context";
export { accessibleVault, arr, itemOf, obj, str } from "./handler-context";

/** Every invocation the simulated app answers by name, but item sharing (share-handlers.ts). */
export const HANDLERS: Record<string, Handler> = {
  ...VAULT_HANDLERS,
  ...GROUP_HANDLERS,
  ...ITEM_HANDLERS,
  ...SECRET_HANDLERS,
};
