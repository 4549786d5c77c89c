import test from "ava";
import { duplicate, forbidden, formatValue, invalid, notSupported, required, tooLong, validateEnum } from "./field-errors.ts";

test("field errors carry Kubernetes' type names and message forms", (t) => {
  t.deepEqual(required("spec.containers"), { type: "FieldValueRequired", field: "spec.containers", message: "Required value" });
  t.is(required("metadata.name", "name or generateName is required").message, "Required value: name or generateName is required");
  t.deepEqual(invalid("spec.replicas", -1, "must be greater than or equal to 0"), {
    type: "FieldValueInvalid",
    field: "spec.replicas",
    message: "Invalid value: -1: must be greater than or equal to 0",
  });
  t.is(duplicate("spec.ports[1].name", "http").message, 'Duplicate value: "http"');
  t.is(forbidden("spec", "may not be changed").message, "Forbidden: may not be changed");
  t.is(tooLong("metadata.annotations", 262144).message, "Too long: may not be more than 262144 bytes");
});

test("not-supported errors list the supported values sorted and quoted", (t) => {
  t.is(notSupported("spec.type", "Foo", ["NodePort", "ClusterIP", "LoadBalancer", "ExternalName"]).message,
    'Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"');
});

test("bad values are rendered as Go renders them", (t) => {
  t.is(formatValue("a\"b"), '"a\\"b"');
  t.is(formatValue(42), "42");
  t.is(formatValue(true), "true");
  t.is(formatValue(null), "null");
  t.is(formatValue({ b: "2", a: "1" }), 'map[string]string{"a":"1", "b":"2"}');
  t.is(formatValue({ matchLabels: {} }), '{"matchLabels":{}}');
});

test("enum checks require a value and then one of the supported ones", (t) => {
  t.deepEqual(validateEnum("spec.restartPolicy", "", ["Always"]).map((error) => error.type), ["FieldValueRequired"]);
  t.deepEqual(validateEnum("spec.restartPolicy", "Sometimes", ["Always"]).map((error) => error.type), ["FieldValueNotSupported"]);
  t.deepEqual(validateEnum("spec.restartPolicy", "Always", ["Always"]), []);
});
