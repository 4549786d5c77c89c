import test from "ava";
import { TOTAL_ANNOTATION_SIZE_LIMIT, validateAnnotations, validateLabels, validateLabelSelector } from "./labels.ts";

test("labels with bad keys or values are reported on the label map", (t) => {
  t.deepEqual(validateLabels({ "app.kubernetes.io/name": "web", tier: "" }, "metadata.labels"), []);
  const errors = validateLabels({ "bad key": "v", ok: "-bad-" }, "metadata.labels");
  t.deepEqual(errors.map((error) => error.field), ["metadata.labels", "metadata.labels"]);
  t.true(errors[0].message.startsWith('Invalid value: "bad key": name part must consist'));
  t.true(errors[1].message.startsWith('Invalid value: "-bad-": a valid label must be an empty string'));
});

test("annotations may have any value but qualified keys and 256 KiB in all", (t) => {
  t.deepEqual(validateAnnotations({ "Example.com/Note": "any value at all ✓" }, "metadata.annotations"), []);
  t.is(validateAnnotations({ "a/b/c": "x" }, "metadata.annotations").length, 1);
  const big = validateAnnotations({ note: "x".repeat(TOTAL_ANNOTATION_SIZE_LIMIT) }, "metadata.annotations");
  t.deepEqual(big.map((error) => error.type), ["FieldValueTooLong"]);
});

test("selector expressions need values for In and NotIn and none for Exists", (t) => {
  const errors = validateLabelSelector({
    matchExpressions: [
      { key: "a", operator: "In", values: [] },
      { key: "b", operator: "Exists", values: ["x"] },
      { key: "c", operator: "Like", values: ["x"] },
      { key: "d", operator: "NotIn", values: ["ok", "not ok"] },
    ],
  }, "spec.selector");
  t.deepEqual(errors.map((error) => `${error.field} ${error.type}`), [
    "spec.selector.matchExpressions[0].values FieldValueRequired",
    "spec.selector.matchExpressions[1].values FieldValueForbidden",
    "spec.selector.matchExpressions[2].operator FieldValueInvalid",
    "spec.selector.matchExpressions[3].values[1] FieldValueInvalid",
  ]);
});

test("selector matchLabels follow the label rules", (t) => {
  t.deepEqual(validateLabelSelector({ matchLabels: { app: "web" } }, "spec.selector"), []);
  t.deepEqual(validateLabelSelector({ matchLabels: { app: "we b" } }, "spec.selector").map((error) => error.field), ["spec.selector.matchLabels"]);
});
