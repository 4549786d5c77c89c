import test from "ava";
import * as semconv from "./semconv.ts";

test("semantic attribute constants spell the OpenTelemetry names Troupe relies on", (t) => {
  t.is(semconv.ATTR_MESSAGING_SYSTEM, "messaging.system");
  t.is(semconv.MESSAGING_SYSTEM_VALUE_NATS, "nats");
  t.is(semconv.ATTR_MESSAGING_DESTINATION_NAME, "messaging.destination.name");
  t.is(semconv.ATTR_MESSAGING_OPERATION_TYPE, "messaging.operation.type");
  t.is(semconv.ATTR_MESSAGING_MESSAGE_BODY_SIZE, "messaging.message.body.size");
  t.is(semconv.ATTR_RPC_METHOD, "rpc.method");
  t.is(semconv.ATTR_K8S_POD_NAME, "k8s.pod.name");
  t.is(semconv.ATTR_K8S_NAMESPACE_NAME, "k8s.namespace.name");
  t.is(semconv.ATTR_K8S_NODE_NAME, "k8s.node.name");
  t.is(semconv.ATTR_ERROR_TYPE, "error.type");
  t.is(semconv.ATTR_TROUPE_RESOURCE, "troupe.resource");
  t.is(semconv.ATTR_TROUPE_VERB, "troupe.verb");
});

test("the incubating k8s and container names match the semantic-conventions package", async (t) => {
  const incubating = await import("@opentelemetry/semantic-conventions/incubating");
  const names = ["ATTR_K8S_CONTAINER_NAME", "ATTR_K8S_DEPLOYMENT_NAME", "ATTR_K8S_REPLICASET_NAME", "ATTR_K8S_STATEFULSET_NAME", "ATTR_K8S_DAEMONSET_NAME", "ATTR_K8S_JOB_NAME", "ATTR_K8S_CRONJOB_NAME", "ATTR_CONTAINER_IMAGE_NAME"] as const;
  for (const name of names) t.is((semconv as Record<string, unknown>)[name], (incubating as Record<string, unknown>)[name], name);
});

test("the stable names written out in semconv.ts match the semantic-conventions package", async (t) => {
  const stable = await import("@opentelemetry/semantic-conventions");
  for (const name of ["ATTR_ERROR_TYPE", "ATTR_K8S_NAMESPACE_NAME", "ATTR_K8S_NODE_NAME", "ATTR_K8S_POD_NAME", "ATTR_RPC_METHOD", "ATTR_SERVICE_NAME", "ATTR_SERVICE_VERSION"] as const) {
    t.is((semconv as Record<string, unknown>)[name], (stable as Record<string, unknown>)[name], name);
  }
});
