import test from "ava";
import { ForbiddenError } from "../../../../runtime/api-errors.ts";
import { newAdmissionFeedback } from "../admission-feedback.ts";
import { namespacePolicy } from "./namespace-policy.ts";
import { existingPodWarnings, judgePod } from "./pod-security-admission.ts";
import type { PodSpec } from "./types.ts";

const privilegedSpec: PodSpec = { containers: [{ name: "c", image: "x", securityContext: { privileged: true } }] };
const policyOf = (labels: Record<string, string>) => namespacePolicy(labels).policy;

test("namespace labels choose a level and version per mode; unset is privileged:latest", (t) => {
  const { policy, errors } = namespacePolicy({ "pod-security.kubernetes.io/enforce": "baseline", "pod-security.kubernetes.io/warn": "restricted", "pod-security.kubernetes.io/warn-version": "v1.32" });
  t.deepEqual(errors, []);
  t.deepEqual(policy, {
    enforce: { level: "baseline", version: "latest" },
    warn: { level: "restricted", version: "v1.32" },
    audit: { level: "privileged", version: "latest" },
  });
});

test("a bad level or version label is an error naming the label, and a bad level reads as restricted", (t) => {
  const { policy, errors } = namespacePolicy({ "pod-security.kubernetes.io/enforce": "strict", "pod-security.kubernetes.io/audit-version": "1.2" });
  t.is(policy.enforce.level, "restricted");
  t.deepEqual(errors.map((error) => `${error.field}: ${error.message}`), [
    'metadata.labels[pod-security.kubernetes.io/enforce]: Invalid value: "strict": must be one of privileged, baseline, restricted',
    'metadata.labels[pod-security.kubernetes.io/audit-version]: Invalid value: "1.2": must be "latest" or "v1.x"',
  ]);
});

test("enforce refuses a failing pod with Kubernetes' Forbidden message", (t) => {
  const feedback = newAdmissionFeedback();
  const error = t.throws(() => judgePod(policyOf({ "pod-security.kubernetes.io/enforce": "baseline" }), "Pod", "x", { metadata: {}, spec: privilegedSpec }, feedback));
  t.true(error instanceof ForbiddenError);
  t.is(error?.message, 'pods "x" is forbidden: violates PodSecurity "baseline:latest": privileged (container "c" must not set securityContext.privileged=true)');
  t.is(feedback.auditAnnotations["pod-security.kubernetes.io/enforce-policy"], "baseline:latest");
});

test("warn answers a warning and audit an annotation, for pods and workload templates", (t) => {
  const policy = policyOf({ "pod-security.kubernetes.io/warn": "baseline", "pod-security.kubernetes.io/audit": "baseline" });
  for (const kind of ["Pod", "Deployment"]) {
    const feedback = newAdmissionFeedback();
    judgePod(policy, kind, "x", { metadata: {}, spec: privilegedSpec }, feedback);
    t.deepEqual(feedback.warnings, ['would violate PodSecurity "baseline:latest": privileged (container "c" must not set securityContext.privileged=true)']);
    t.is(feedback.auditAnnotations["pod-security.kubernetes.io/audit-violations"], feedback.warnings[0]);
  }
});

test("a workload is never refused: the enforce level's verdict on its template is a warning", (t) => {
  const feedback = newAdmissionFeedback();
  judgePod(policyOf({ "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/warn": "restricted" }), "Deployment", "web", { metadata: {}, spec: privilegedSpec }, feedback);
  t.is(feedback.warnings.length, 1);
  t.true(feedback.warnings[0].startsWith('would violate PodSecurity "restricted:latest": privileged'));
});

test("a new enforce level warns about the existing pods it would refuse, grouped by reasons", (t) => {
  const pod = (name: string, spec: PodSpec) => ({ metadata: { name }, spec });
  const policy = policyOf({ "pod-security.kubernetes.io/enforce": "baseline" });
  t.deepEqual(existingPodWarnings("a", policy, [pod("p1", privilegedSpec), pod("ok", { containers: [{ name: "c" }] }), pod("p2", privilegedSpec), pod("h", { hostNetwork: true, containers: [{ name: "c" }] })]), [
    'existing pods in namespace "a" violate the new PodSecurity enforce level "baseline:latest"',
    "p1 (and 1 other pod): privileged",
    "h: host namespaces",
  ]);
  t.deepEqual(existingPodWarnings("a", policy, [pod("ok", { containers: [{ name: "c" }] })]), []);
});
