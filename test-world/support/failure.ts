import { OnePasswordError } from "../../src/onepassword/errors";

/** The OnePasswordError a call ends in; a call that succeeds, or fails with anything else, fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<OnePasswordError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OnePasswordError);
    return error as OnePasswordError;
  }
  throw new Error("expected the call to fail");
}
