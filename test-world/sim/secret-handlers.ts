import { fail, MESSAGES } from "./errors";
import { arr, check, str, type Handler } from "./handler-context";
import { ID_PATTERN } from "./random";
import { resolveErrorMessage, resolveReference } from "./secret-reference";

/** `client.secrets.resolve` / `resolveAll` (op:// references) and `client.environments.getVariables`. */
export const SECRET_HANDLERS: Record<string, Handler> = {
  SecretsResolve: (ctx, p, name) => {
    const result = resolveReference(str(p, "secret_reference", name), ctx.account, ctx.world.clock.now());
    if (result.vault) check(ctx, result.vault, "read");
    if (!result.ok) throw fail(resolveErrorMessage(result.type, result.message));
    return result.secret;
  },

  SecretsResolveAll: (ctx, p, name) => {
    const responses: Record<string, unknown> = {};
    const now = ctx.world.clock.now();
    for (const ref of arr(p, "secret_references", name)) {
      const key = String(ref);
      const result = resolveReference(key, ctx.account, now);
      if (result.vault) check(ctx, result.vault, "read");
      responses[key] = result.ok
        ? { content: { secret: result.secret, itemId: result.item.id, vaultId: result.vault.id } }
        : {
            error:
              result.message !== undefined ? { type: result.type, message: result.message } : { type: result.type },
          };
    }
    return { individualResponses: responses };
  },

  EnvironmentsGetVariables: (ctx, p, name) => {
    const id = str(p, "environment_id", name);
    if (!ID_PATTERN.test(id)) throw fail(MESSAGES.invalidEnvironmentId);
    const env = ctx.account.environments.get(id);
    if (!env) throw fail(MESSAGES.environmentNotFound);
    if (env.denied) throw fail(MESSAGES.environmentPermission(id));
    return { variables: env.variables.map((v) => ({ name: v.name, value: v.value, masked: v.masked })) };
  },
};
