import fc from "fast-check";

/** Arbitraries the bad-input properties share: any text, canary secrets, and texts near what a parser accepts. */

// eslint-disable-next-line no-control-regex -- control characters are what these checks are about.
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
export const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));
export const secret = fc.stringMatching(/^[A-Za-z0-9]{12,20}$/).map((core) => `canary-${core}`);

/** Checks the property over any text and over `near`: texts close to what the code under test accepts. */
export function forAnyTextAnd(near: fc.Arbitrary<string>, check: (text: string) => void, numRuns?: number): void {
  fc.assert(fc.property(fc.oneof(anyText, near), check), numRuns === undefined ? undefined : { numRuns });
}
