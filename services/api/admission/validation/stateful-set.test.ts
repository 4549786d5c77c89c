import test from "ava";
import { defaultStatefulSet } from "../defaults/workloads.ts";
import { validateStatefulSet, validateStatefulSetUpdate } from "./stateful-set.ts";

function statefulSet(spec: Record<string, unknown> = {}): Record<string, any> {
  const value: Record<string, any> = {
    spec: {
      serviceName: "db",
      selector: { matchLabels: { app: "db" } },
      template: { metadata: { labels: { app: "db" } }, spec: { containers: [{ name: "db", image: "db:1", volumeMounts: [{ name: "data", mountPath: "/data" }] }] } },
      volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } }],
      ...spec,
    },
  };
  defaultStatefulSet(value);
  return value;
}

function problems(value: Record<string, any>): string[] {
  return validateStatefulSet(value).map((error) => `${error.field} ${error.type}`);
}

test("a defaulted statefulset mounting its claim template is valid", (t) => {
  t.deepEqual(problems(statefulSet()), []);
});

test("pod management and update strategy must be known values", (t) => {
  const value = statefulSet({ podManagementPolicy: "Random", updateStrategy: { type: "Sometimes" } });
  const errors = validateStatefulSet(value);
  t.deepEqual(errors.map((error) => error.field), ["spec.updateStrategy.type", "spec.podManagementPolicy"]);
  t.is(errors[1].message, "Invalid value: \"Random\": must be 'OrderedReady' or 'Parallel'");
  t.deepEqual(problems(statefulSet({ updateStrategy: { type: "OnDelete", rollingUpdate: { partition: 1 } } })), ["spec.updateStrategy.rollingUpdate FieldValueInvalid"]);
  t.deepEqual(problems(statefulSet({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: -1 } } })), ["spec.updateStrategy.rollingUpdate.partition FieldValueInvalid"]);
});

test("claim templates are validated as claims and need label-like names", (t) => {
  const value = statefulSet({
    volumeClaimTemplates: [
      { metadata: { name: "data" }, spec: { accessModes: ["ReadWriteSometimes"], resources: { requests: {} } } },
      { metadata: { name: "a.b" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } },
    ],
  });
  t.deepEqual(problems(value), [
    "spec.volumeClaimTemplates[0].spec.accessModes FieldValueNotSupported",
    "spec.volumeClaimTemplates[0].spec.resources.requests[storage] FieldValueRequired",
    "spec.volumeClaimTemplates[1].metadata.name FieldValueInvalid",
  ]);
});

test("the selector must be present and match, and the service name be a DNS label", (t) => {
  t.deepEqual(problems(statefulSet({ selector: undefined })), ["spec.selector FieldValueRequired"]);
  t.true(validateStatefulSet(statefulSet({ selector: {} }))[0].message.endsWith("empty selector is invalid for statefulset"));
  t.deepEqual(problems(statefulSet({ serviceName: "db.svc" })), ["spec.serviceName FieldValueInvalid"]);
  t.deepEqual(problems(statefulSet({ serviceName: "" })), ["spec.serviceName FieldValueRequired"]);
  const retention = statefulSet({ persistentVolumeClaimRetentionPolicy: { whenDeleted: "Keep", whenScaled: "Delete" } });
  t.deepEqual(problems(retention), ["spec.persistentVolumeClaimRetentionPolicy.whenDeleted FieldValueNotSupported"]);
});

test("statefulset updates may scale and change the template but nothing fixed at creation", (t) => {
  const next = statefulSet({ replicas: 5 });
  next.spec.template.spec.containers[0].image = "db:2";
  t.deepEqual(validateStatefulSetUpdate(next, statefulSet()), []);
  for (const change of [{ serviceName: "other" }, { selector: { matchLabels: { app: "x" } } }, { podManagementPolicy: "Parallel" },
    { volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "2Gi" } } } }] }]) {
    const errors = validateStatefulSetUpdate(statefulSet(change), statefulSet());
    t.deepEqual(errors.map((error) => `${error.field} ${error.type}`), ["spec FieldValueForbidden"], JSON.stringify(change));
    t.regex(errors[0].message, /updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy'/);
  }
});
