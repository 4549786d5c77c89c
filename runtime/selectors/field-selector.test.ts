import test from "ava";
import { FieldSelectorError, parseFieldSelector } from "./field-selector.ts";

const pod = {
  metadata: { name: "web-1", namespace: "default" },
  spec: { nodeName: "node-a", schedulerName: "default-scheduler", restartPolicy: "Always" },
  status: { phase: "Running" },
};
const pendingPod = { metadata: { name: "web-2", namespace: "default" }, spec: { nodeName: "" }, status: { phase: "Pending" } };

test("pod field selectors match on node, phase and metadata", (t) => {
  t.true(parseFieldSelector("spec.nodeName=node-a", "Pod").matches(pod));
  t.true(parseFieldSelector("spec.nodeName==node-a,status.phase=Running", "Pod").matches(pod));
  t.false(parseFieldSelector("status.phase!=Running", "Pod").matches(pod));
  t.true(parseFieldSelector("metadata.name=web-1,metadata.namespace=default", "Pod").matches(pod));
  t.true(parseFieldSelector("spec.schedulerName=default-scheduler,spec.restartPolicy=Always", "Pod").matches(pod));
});

test("an unset field reads as the empty string so unscheduled pods can be selected", (t) => {
  const unscheduled = parseFieldSelector("spec.nodeName=", "Pod");
  t.true(unscheduled.matches(pendingPod));
  t.false(unscheduled.matches(pod));
  t.true(unscheduled.matches({ metadata: { name: "x" }, spec: null }));
});

test("event selectors reach into the involved object", (t) => {
  const event = { metadata: { name: "e" }, involvedObject: { kind: "Pod", name: "web-1", namespace: "default", uid: "u1" }, reason: "Scheduled", type: "Normal", source: { component: "scheduler" } };
  t.true(parseFieldSelector("involvedObject.kind=Pod,involvedObject.name=web-1,involvedObject.namespace=default,involvedObject.uid=u1", "Event").matches(event));
  t.true(parseFieldSelector("reason=Scheduled,type!=Warning,source=scheduler", "Event").matches(event));
});

test("secret type and node schedulability are selectable, an unset boolean reading false", (t) => {
  t.true(parseFieldSelector("type=Opaque", "Secret").matches({ metadata: { name: "s" }, type: "Opaque" }));
  t.true(parseFieldSelector("spec.unschedulable=false", "Node").matches({ metadata: { name: "n" }, spec: {} }));
  t.true(parseFieldSelector("spec.unschedulable=true", "Node").matches({ metadata: { name: "n" }, spec: { unschedulable: true } }));
});

test("fields another kind has are not supported, with Kubernetes' message", (t) => {
  const error = t.throws(() => parseFieldSelector("spec.nodeName=a", "Service"), { instanceOf: FieldSelectorError });
  t.is(error?.message, "field label not supported: spec.nodeName");
  t.throws(() => parseFieldSelector("spec.foo=bar", "Pod"), { message: "field label not supported: spec.foo" });
  t.true(parseFieldSelector("metadata.name=x", "StorageClass").matches({ metadata: { name: "x" } }));
});

test("terms without an operator are rejected", (t) => {
  t.throws(() => parseFieldSelector("metadata.name", "Pod"), {
    instanceOf: FieldSelectorError,
    message: "invalid selector: 'metadata.name'; can't understand 'metadata.name'",
  });
});

test("backslashes escape commas and operators in values", (t) => {
  const selector = parseFieldSelector("metadata.name=a\\,b\\=c", "Pod");
  t.true(selector.matches({ metadata: { name: "a,b=c" } }));
  t.is(selector.toString(), "metadata.name=a\\,b\\=c");
});

test("the empty selector matches everything and toString is canonical", (t) => {
  const everything = parseFieldSelector("", "Pod");
  t.true(everything.empty);
  t.true(everything.matches(pod));
  t.is(parseFieldSelector("status.phase==Running,metadata.name!=x", "Pod").toString(), "metadata.name!=x,status.phase=Running");
});
