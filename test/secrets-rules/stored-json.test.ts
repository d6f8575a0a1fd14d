import { z } from "zod";
import { parseStoredJson } from "../../src/lib/stored-json";

const schema = z.object({ id: z.string(), count: z.number() });

test("stored JSON of the expected shape is parsed", () => {
  expect(parseStoredJson(schema, '{"id":"a","count":2}')).toEqual({ id: "a", count: 2 });
});

test.each([
  ["nothing stored", undefined],
  ["a value that is not text", 42],
  ["corrupt text", '{"id":'],
  ["an older shape", '{"id":"a"}'],
  ["JSON of another type", "[1,2]"],
])("%s is undefined, never an exception", (_case, raw) => {
  expect(parseStoredJson(schema, raw)).toBeUndefined();
});
