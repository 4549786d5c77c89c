// The Pod kind: its spec, and the few spec changes Kubernetes allows once a pod exists.
import type { troupe } from "../../../../proto/gen/troupe.js";
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { forbidden } from "./field-errors.ts";
import { validatePodSpec } from "./pod-spec.ts";
import { sameMessage } from "./same-message.ts";

type Pod = troupe.v1.Pod.$Properties;
type PodSpec = troupe.v1.PodSpec.$Properties;
type Container = troupe.v1.Container.$Properties;

const IMMUTABLE_SPEC_MESSAGE =
  "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

export function validatePod(pod: Pod): FieldError[] {
  return validatePodSpec(pod.spec ?? {}, "spec");
}

function withImagesOf(containers: Container[] | null | undefined, old: Container[] | null | undefined): Container[] {
  return (containers ?? []).map((container, index) => ({ ...container, image: old?.[index]?.image ?? container.image }));
}

/** The new spec with every field a pod may change set back to its old value. */
function immutablePart(spec: PodSpec, old: PodSpec): PodSpec {
  return {
    ...spec,
    containers: withImagesOf(spec.containers, old.containers),
    initContainers: withImagesOf(spec.initContainers, old.initContainers),
    activeDeadlineSeconds: old.activeDeadlineSeconds,
    terminationGracePeriodSeconds: old.terminationGracePeriodSeconds,
    tolerations: old.tolerations,
    // Binding sets the node once; scheduling is not a change of the pod's desired state.
    nodeName: old.nodeName ? spec.nodeName : "",
  };
}

export function validatePodUpdate(pod: Pod, old: Pod): FieldError[] {
  const spec = pod.spec ?? {};
  const oldSpec = old.spec ?? {};
  const errors: FieldError[] = [];
  if (!sameMessage("PodSpec", immutablePart(spec, oldSpec), oldSpec)) {
    errors.push(forbidden("spec", IMMUTABLE_SPEC_MESSAGE));
  }
  const kept = (oldSpec.tolerations ?? []).every((toleration) => (spec.tolerations ?? []).some((candidate) => sameMessage("Toleration", candidate, toleration)));
  if (!kept) errors.push(forbidden("spec.tolerations", "existing toleration can not be modified except its tolerationSeconds"));
  return errors;
}
