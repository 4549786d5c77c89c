import test from "ava";
import { attributeValue, idHex, spanRecords } from "./span-records.ts";

const TRACE = "5b8efff798038103d269b633813fc60c";
const SPAN = "eee19b7ec3c1b174";

test("spanRecords flattens an OTLP JSON request into span records with the resource's service", (t) => {
  const { records, rejected } = spanRecords({
    resourceSpans: [{
      resource: { attributes: [
        { key: "service.name", value: { stringValue: "troupe-kubelet" } },
        { key: "k8s.node.name", value: { stringValue: "node-1" } },
        { key: "telemetry.sdk.language", value: { stringValue: "nodejs" } },
      ] },
      scopeSpans: [{ spans: [{
        traceId: TRACE, spanId: SPAN, parentSpanId: "eee19b7ec3c1b173", name: "pod start", kind: 3,
        startTimeUnixNano: "1764000000000000001", endTimeUnixNano: "1764000000500000001",
        attributes: [{ key: "k8s.pod.name", value: { stringValue: "web-1" } }, { key: "retries", value: { intValue: "2" } }],
        status: { code: 2, message: "image pull failed" },
        links: [{ traceId: "1".repeat(32), spanId: "2".repeat(16) }],
      }] }],
    }],
  });
  t.is(rejected, 0);
  t.deepEqual(records, [{
    traceId: TRACE, spanId: SPAN, parentSpanId: "eee19b7ec3c1b173", name: "pod start", kind: "client",
    service: "troupe-kubelet", resource: { "k8s.node.name": "node-1" },
    startTimeUnixNano: "1764000000000000001", endTimeUnixNano: "1764000000500000001",
    attributes: { "k8s.pod.name": "web-1", retries: 2 },
    status: { code: "error", message: "image pull failed" },
    links: [{ traceId: "1".repeat(32), spanId: "2".repeat(16) }],
  }]);
});

test("spanRecords leaves out an empty parent span id (a root span)", (t) => {
  const { records } = spanRecords({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: TRACE, spanId: SPAN, parentSpanId: "" }] }] }] });
  t.false("parentSpanId" in records[0]);
  t.is(records[0].service, "unknown_service");
});

test("spanRecords rejects spans without usable ids, keeps the others, and says why", (t) => {
  const converted = spanRecords({ resourceSpans: [{ scopeSpans: [{ spans: [
    { traceId: "0".repeat(32), spanId: SPAN, name: "zero" },
    { traceId: TRACE, spanId: "xyz", name: "short" },
    { traceId: TRACE, spanId: SPAN, name: "good" },
  ] }] }] });
  t.is(converted.rejected, 2);
  t.deepEqual(converted.records.map((record) => record.name), ["good"]);
  t.regex(converted.firstRejection ?? "", /"zero": traceId must be 16 bytes/);
});

test("spanRecords reads enum names as well as numbers", (t) => {
  const { records } = spanRecords({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: TRACE, spanId: SPAN, kind: "SPAN_KIND_CONSUMER", status: { code: "STATUS_CODE_OK" } }] }] }] });
  t.is(records[0].kind, "consumer");
  t.deepEqual(records[0].status, { code: "ok" });
});

test("idHex reads protobuf bytes, OTLP JSON hex and base64 ids", (t) => {
  t.is(idHex(Buffer.from(SPAN, "hex"), 8), SPAN);
  t.is(idHex(SPAN.toUpperCase(), 8), SPAN);
  t.is(idHex(Buffer.from(TRACE, "hex").toString("base64"), 16), TRACE);
  t.is(idHex(Buffer.from("abcd", "hex"), 8), undefined);
});

test("attributeValue keeps scalars and writes arrays and maps as JSON", (t) => {
  t.is(attributeValue({ intValue: "9007199254740993" }), "9007199254740993");
  t.is(attributeValue({ doubleValue: 0.5 }), 0.5);
  t.is(attributeValue({ boolValue: false }), false);
  t.is(attributeValue({ arrayValue: { values: [{ stringValue: "a" }, { intValue: 1 }] } }), '["a",1]');
  t.is(attributeValue({ kvlistValue: { values: [{ key: "k", value: { stringValue: "v" } }] } }), '{"k":"v"}');
});
