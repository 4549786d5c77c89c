import test from "ava";
import { applyMergePatch } from "./merge-patch.ts";

// The examples of RFC 7386, appendix A, wrapped in an object where the RFC's target is not one.
const cases: [unknown, unknown, unknown][] = [
  [{ a: "b" }, { a: "c" }, { a: "c" }],
  [{ a: "b" }, { b: "c" }, { a: "b", b: "c" }],
  [{ a: "b" }, { a: null }, {}],
  [{ a: "b", b: "c" }, { a: null }, { b: "c" }],
  [{ a: ["b"] }, { a: "c" }, { a: "c" }],
  [{ a: "c" }, { a: ["b"] }, { a: ["b"] }],
  [{ a: { b: "c" } }, { a: { b: "d", c: null } }, { a: { b: "d" } }],
  [{ a: [{ b: "c" }] }, { a: [1] }, { a: [1] }],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

for (const [index, [target, patch, result]] of cases.entries()) {
  test(`merge patch follows RFC 7386 example ${index + 1}`, (t) => {
    t.deepEqual(applyMergePatch(target as never, patch), result);
  });
}

test("merge patch refuses a patch that is not an object", (t) => {
  const error = t.throws(() => applyMergePatch({}, [1])) as Error & { code: number };
  t.is(error.code, 400);
});
