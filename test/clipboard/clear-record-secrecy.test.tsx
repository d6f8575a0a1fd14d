import { scryptSync, createHash } from "node:crypto";
import { expectNoneRecorded } from "../../test-world/support/canary";
import { clearRecords } from "../../test-world/support/clear-records";
import { CANARY, copyWith, NINETY, useCopyWorld } from "./copy-screen";

/** What a clear record keeps of a copied secret: a scrypt verifier and a kind, never the value. */

useCopyWorld();

test("canary: the value is in no storage, toast, HUD or log; the record holds a scrypt verifier and a kind", async () => {
  const screen = await copyWith({ ...NINETY, closeWindowAfterCopy: false });
  await screen.press("enter");
  const [record] = clearRecords() as Record<string, string>[];
  expect(Object.keys(record!).sort()).toEqual(["createdAt", "deadline", "kdf", "label", "salt", "token", "verifier"]);
  expect(record!.label).toBe("a password");
  // The verifier is scrypt (N 2^15, r 8, p 1) of the value with the record's salt: no fast hash of it is stored.
  const expected = scryptSync(CANARY, record!.salt!, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  expect(record!.verifier).toBe(expected.toString("base64"));
  const fast = [
    createHash("sha256").update(CANARY).digest("hex"),
    createHash("sha256").update(`${record!.salt}\u0000${CANARY}`).digest("hex"),
  ];
  expectNoneRecorded([CANARY, ...fast]);
  // A second copy of the same value gets a different salt, so equal secrets are not linkable.
  await screen.press("enter");
  const second = clearRecords().find((other) => other.token !== record!.token) as Record<string, string>;
  expect(second.salt).not.toBe(record!.salt);
  expect(second.verifier).not.toBe(record!.verifier);
});
