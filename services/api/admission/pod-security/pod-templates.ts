// Where a kind holds the pod it runs: the pod itself, a workload's spec.template, a CronJob's
// spec.jobTemplate.spec.template. Pod Security enforces on pods and warns and audits on both.
import type { ApiObject } from "../../../../runtime/store/object-repository.ts";
import type { PodMetadata, PodSpec } from "./types.ts";

export interface PodShape {
  metadata: PodMetadata;
  spec: PodSpec;
}

export const WORKLOAD_KINDS = new Set(["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob"]);

interface Template {
  metadata?: PodMetadata | null;
  spec?: PodSpec | null;
}

/** The pod of a Pod or a workload's template; undefined for kinds that run no pods. */
export function podShapeOf(kind: string, object: ApiObject): PodShape | undefined {
  const value = object as ApiObject & { spec?: { template?: Template | null; jobTemplate?: { spec?: { template?: Template | null } | null } | null } | null };
  if (kind === "Pod") return { metadata: object.metadata ?? {}, spec: (value.spec ?? {}) as PodSpec };
  if (!WORKLOAD_KINDS.has(kind)) return undefined;
  const template = kind === "CronJob" ? value.spec?.jobTemplate?.spec?.template : value.spec?.template;
  return { metadata: template?.metadata ?? {}, spec: template?.spec ?? {} };
}

const PROFILE_ANNOTATION_PREFIXES = ["container.apparmor.security.beta.kubernetes.io/", "seccomp.security.alpha.kubernetes.io/", "container.seccomp.security.alpha.kubernetes.io/"];

function checkedAnnotations(metadata: PodMetadata): string {
  const entries = Object.entries(metadata.annotations ?? {}).filter(([key]) => PROFILE_ANNOTATION_PREFIXES.some((prefix) => key.startsWith(prefix)));
  return JSON.stringify(entries.sort());
}

/** An update that changes neither the spec nor the profile annotations is not evaluated again (as Kubernetes skips it). */
export function samePodShape(a: PodShape, b: PodShape): boolean {
  return JSON.stringify(a.spec) === JSON.stringify(b.spec) && checkedAnnotations(a.metadata) === checkedAnnotations(b.metadata);
}
