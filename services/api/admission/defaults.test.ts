import test from "ava";
import { decodeMessage, encodeMessage } from "../../../runtime/codec/protobuf.ts";
import { applyDefaults } from "./defaults.ts";

test("applyDefaults dispatches on the kind", (t) => {
  const pod: Record<string, any> = { spec: { containers: [{ name: "a", image: "a" }] } };
  applyDefaults("Pod", pod);
  t.is(pod.spec.restartPolicy, "Always");
  const service: Record<string, any> = { spec: {} };
  applyDefaults("Service", service);
  t.is(service.spec.type, "ClusterIP");
  const storageClass: Record<string, any> = {};
  applyDefaults("StorageClass", storageClass);
  t.is(storageClass.volumeBindingMode, "Immediate");
});

test("kinds without defaults are left untouched", (t) => {
  for (const kind of ["Node", "ConfigMap", "Event", "Lease", "Unknown"]) {
    const object = { metadata: { name: "x" } };
    applyDefaults(kind, object);
    t.deepEqual(object, { metadata: { name: "x" } }, kind);
  }
});

test("objects decoded from protobuf take defaults despite prototype-held empty values", (t) => {
  const deployment = decodeMessage<Record<string, any>>("Deployment", encodeMessage("Deployment", {
    spec: { template: { spec: { containers: [{ name: "a", image: "a", ports: [{ containerPort: 80 }] }] } } },
  }));
  applyDefaults("Deployment", deployment);
  t.is(deployment.spec.replicas, 1);
  t.is(deployment.spec.template.spec.containers[0].ports[0].protocol, "TCP");
  t.deepEqual(deployment.spec.strategy.rollingUpdate.maxSurge, { strVal: "25%" });
  t.is(deployment.spec.template.spec.terminationGracePeriodSeconds, 30);
});
