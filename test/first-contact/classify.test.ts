import fc from "fast-check";
import { isConnectionFailure } from "../../src/onepassword/error-rules";
import { toOnePasswordError } from "../../src/onepassword/errors";
import { markNativeStage } from "../../src/onepassword/native-stage";
import { CONNECTION_FAILURES, UNQUOTED_DENIALS } from "./wordings";

/**
 * Classifying by stage, directly: whatever words creating a client fails with, it is access not granted (or, for the
 * native layer's connection words, the app not reachable), never a permission problem and never "unexpected".
 */
const atStage = (message: string, stage: string) => markNativeStage(new Error(message), stage);
const context = { operation: "Loading vaults", account: "Acme" };

test("any words while creating a client: Access Not Granted, or Not Reachable for connection words", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (words) => {
      const error = toOnePasswordError(atStage(words, "init_client"), context);
      expect(error.kind).toBe(isConnectionFailure(new Error(words)) ? "integration-disabled" : expectedForWords(words));
    }),
    { numRuns: 2_000 },
  );
});

/** Account words are recognised as such; everything else at this stage is a refusal. */
function expectedForWords(words: string): string {
  return /no account matching|account not found|unknown account/i.test(words)
    ? "account-not-found"
    : "authorization-denied";
}

test.each([...UNQUOTED_DENIALS, "permission denied: access denied", "invalid request", "not found"])(
  "%s while creating a client is a refusal, whatever it says",
  (words) => {
    const error = toOnePasswordError(atStage(words, "init_client"), context);
    expect(error.kind).toBe("authorization-denied");
    expect(error.recovery.kind).toBe("authorize-again");
  },
);

test.each(CONNECTION_FAILURES)("$text: not reachable while connecting, with every name of the setting", ({ text }) => {
  const error = toOnePasswordError(atStage(text, "init_client"), context);
  expect(error.kind).toBe("integration-disabled");
  expect(error.hint).toMatch(
    /Integrate with other apps.*Integrate with the 1Password SDKs.*Connect with 1Password SDKs/,
  );
});

test("the library not loading is the app not found, in any words", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 100 }), (words) => {
      expect(toOnePasswordError(atStage(words, "load_library"), context).kind).toBe("app-not-found");
    }),
  );
});

test("the same words on a live client keep their meaning there (a vault permission is a permission)", () => {
  expect(toOnePasswordError(atStage("permission denied: no access to vault x", "invoke"), context).kind).toBe(
    "permission-denied",
  );
  expect(toOnePasswordError(atStage("something nobody wrote", "invoke"), context)).toMatchObject({
    kind: "unexpected",
    recovery: { kind: "check-connection" },
  });
});

test("the stage a failure happened at is said in its details, never the app's own words beyond the cause", () => {
  const error = toOnePasswordError(atStage("the user refused access", "init_client"), context);
  expect(error.details()).toMatch(
    /^Error: authorization-denied\nWhile: Loading vaults\nAccount: Acme\nCause: .*\(while connecting to 1Password\)$/,
  );
});
