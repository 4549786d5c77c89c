import test from "ava";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import { buildAuditEvent, microTime, type EventInput } from "./audit-event.ts";
import { requestSubject } from "./request-attributes.ts";

const user = { username: "alice", groups: ["system:authenticated"] };
const deployments = findResource("deployments") as ResourceInfo;
const secrets = findResource("secrets") as ResourceInfo;
const pods = findResource("pods") as ResourceInfo;
const at = new Date("2026-12-03T06:00:00.123Z");

const input = (overrides: Partial<EventInput>): EventInput => ({
  auditID: "id-1", level: "RequestResponse", user, code: 200, redacted: false, received: at, completed: at,
  subject: requestSubject("update", user, { info: deployments, namespace: "a", name: "web" }),
  requestObject: () => ({ sent: true }), responseObject: () => ({ replied: true }),
  ...overrides,
});

test("objectRef, verb and requestURI are named as kube-apiserver names them", (t) => {
  const created = requestSubject("create", user, { info: pods, object: { metadata: { name: "p", namespace: "a" } }, result: { metadata: { name: "p", namespace: "a", uid: "u1", resourceVersion: "7" } } });
  t.is(created.attributes.verb, "create");
  t.is(created.requestURI, "/api/v1/namespaces/a/pods");
  t.deepEqual(created.objectRef, { resource: "pods", namespace: "a", name: "p", uid: "u1", apiVersion: "v1", resourceVersion: "7" });
  const scaled = requestSubject("patch", user, { info: deployments, namespace: "a", name: "web", subresource: "scale" });
  t.is(scaled.requestURI, "/apis/apps/v1/namespaces/a/deployments/web/scale");
  t.deepEqual(scaled.objectRef, { resource: "deployments", namespace: "a", name: "web", apiGroup: "apps", apiVersion: "v1", subresource: "scale" });
  t.is(requestSubject("updateStatus", user, { info: pods, namespace: "a", name: "p" }).objectRef?.subresource, "status");
  t.is(requestSubject("evict", user, { info: pods, namespace: "a", name: "p" }).requestURI, "/api/v1/namespaces/a/pods/p/eviction");
  t.is(requestSubject("apply", user, { info: pods, namespace: "a", name: "p" }).attributes.verb, "patch");
  t.is(requestSubject("watch", user, { info: pods, namespace: "a" }).requestURI, "/api/v1/namespaces/a/pods?watch=true");
  const discovery = requestSubject("discovery", user, {});
  t.false(discovery.attributes.resourceRequest);
  t.is(discovery.attributes.path, "/api");
});

test("an event carries the objects at RequestResponse, the request at Request, neither at Metadata", (t) => {
  const full = buildAuditEvent(input({}));
  t.deepEqual([full.requestObject, full.responseObject], [{ sent: true }, { replied: true }]);
  const request = buildAuditEvent(input({ level: "Request" }));
  t.deepEqual([request.requestObject, request.responseObject], [{ sent: true }, undefined]);
  const metadata = buildAuditEvent(input({ level: "Metadata", requestObject: () => t.fail("read at Metadata") }));
  t.deepEqual([metadata.requestObject, metadata.responseObject], [undefined, undefined]);
  t.like(full, { kind: "Event", apiVersion: "audit.k8s.io/v1", stage: "ResponseComplete", verb: "update", user, responseStatus: { metadata: {}, code: 200 } });
  t.is(full.requestReceivedTimestamp, "2026-12-03T06:00:00.123000Z");
  t.is(microTime(at), "2026-12-03T06:00:00.123000Z");
});

test("a redacted resource's payloads are never in its event, whatever the level, nor an error message that may quote them", (t) => {
  const subject = requestSubject("create", user, { info: secrets, namespace: "a", name: "db" });
  const event = buildAuditEvent(input({ subject, redacted: true, requestObject: () => t.fail("read a secret"), responseObject: () => t.fail("read a secret") }));
  t.is(event.requestObject, undefined);
  t.is(event.responseObject, undefined);
  const failed = buildAuditEvent(input({ subject, redacted: true, code: 422, failure: { apiVersion: "v1", kind: "Status", status: "Failure", reason: "Invalid", message: 'data[x]: Invalid value: "hunter2"', code: 422 } }));
  t.deepEqual(failed.responseStatus, { metadata: {}, code: 422, status: "Failure", reason: "Invalid" });
});

test("a failure's status is in the event and its response object is not", (t) => {
  const event = buildAuditEvent(input({ code: 403, failure: { apiVersion: "v1", kind: "Status", status: "Failure", reason: "Forbidden", message: "no", code: 403 }, annotations: { "a/b": "c" } }));
  t.deepEqual(event.responseStatus, { metadata: {}, code: 403, status: "Failure", reason: "Forbidden", message: "no" });
  t.is(event.responseObject, undefined);
  t.deepEqual(event.annotations, { "a/b": "c" });
});
