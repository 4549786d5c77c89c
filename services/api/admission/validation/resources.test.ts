import test from "ava";
import { validatePositiveQuantity, validateQuantity, validateResourceRequirements } from "./resources.ts";

test("quantities must parse and may not be negative", (t) => {
  t.deepEqual(validateQuantity("100m", "q"), []);
  t.is(validateQuantity("1GB", "q")[0].message, "Invalid value: \"1GB\": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  t.is(validateQuantity("-1", "q")[0].message, 'Invalid value: "-1": must be greater than or equal to 0');
  t.is(validatePositiveQuantity("0", "q")[0].message, 'Invalid value: "0": must be greater than zero');
});

test("requests may not exceed limits", (t) => {
  t.deepEqual(validateResourceRequirements({ limits: { cpu: "1", memory: "1Gi" }, requests: { cpu: "500m", memory: "1024Mi" } }, "r"), []);
  const errors = validateResourceRequirements({ limits: { cpu: "500m" }, requests: { cpu: "1" } }, "r");
  t.deepEqual(errors, [{ type: "FieldValueInvalid", field: "r.requests[cpu]", message: 'Invalid value: "1": must be less than or equal to cpu limit of 500m' }]);
});

test("resource names are standard or extended, and their quantities valid", (t) => {
  t.deepEqual(validateResourceRequirements({ limits: { "example.com/gpu": "1", "hugepages-2Mi": "2Mi" } }, "r"), []);
  const errors = validateResourceRequirements({ limits: { gpu: "1" }, requests: { memory: "lots" } }, "r");
  t.deepEqual(errors.map((error) => error.field), ["r.limits[gpu]", "r.requests[memory]"]);
  t.is(errors[0].message, 'Invalid value: "gpu": must be a standard resource for containers');
});
