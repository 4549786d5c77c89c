import test from "ava";
import type { troupe } from "../../../proto/gen/troupe.js";
import { freeTokenVolumeName, mountServiceAccountToken, shouldAutomount } from "./service-account-admission.ts";

type Pod = troupe.v1.Pod.$Properties;

test("the pod's automountServiceAccountToken wins over the ServiceAccount's; both unset mounts", (t) => {
  const pod = (value?: boolean): Pod => ({ spec: value === undefined ? {} : { automountServiceAccountToken: value } });
  t.true(shouldAutomount(pod(), {}));
  t.false(shouldAutomount(pod(), { automountServiceAccountToken: false }));
  t.true(shouldAutomount(pod(true), { automountServiceAccountToken: false }));
  t.false(shouldAutomount(pod(false), { automountServiceAccountToken: true }));
});

test("the token volume gets a name no volume of the pod has", (t) => {
  const suffixes = ["aaaaa", "bbbbb"];
  const pod: Pod = { spec: { volumes: [{ name: "kube-api-access-aaaaa" }] } };
  t.is(freeTokenVolumeName(pod, () => suffixes.shift() ?? "zzzzz"), "kube-api-access-bbbbb");
});

test("every container without a mount at the token path gets the read-only mount; nothing is added when none needs it", (t) => {
  const pod: Pod = { spec: { containers: [{ name: "a" }, { name: "b", volumeMounts: [{ name: "x", mountPath: "/var/run/secrets/kubernetes.io/serviceaccount" }] }], initContainers: [{ name: "i" }] } };
  mountServiceAccountToken(pod, "kube-api-access-xxxxx");
  t.is(pod.spec?.volumes?.length, 1);
  t.deepEqual(pod.spec?.containers?.[0].volumeMounts, [{ name: "kube-api-access-xxxxx", readOnly: true, mountPath: "/var/run/secrets/kubernetes.io/serviceaccount" }]);
  t.is(pod.spec?.containers?.[1].volumeMounts?.length, 1);
  t.is(pod.spec?.initContainers?.[0].volumeMounts?.[0].name, "kube-api-access-xxxxx");
  const covered: Pod = { spec: { containers: [{ name: "b", volumeMounts: [{ name: "x", mountPath: "/var/run/secrets/kubernetes.io/serviceaccount" }] }] } };
  mountServiceAccountToken(covered, "kube-api-access-yyyyy");
  t.is(covered.spec?.volumes, undefined);
});
