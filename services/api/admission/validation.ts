// Validation, the admission step after defaulting: Kubernetes' rules for each kind, every
// problem reported at once as a FieldError naming its path (spec.template.spec.containers[0].image).
import type { troupe } from "../../../proto/gen/troupe.js";
import type { FieldError } from "../../../runtime/codec/field-error.ts";
import { findResourceByKindOnly } from "../../../runtime/codec/resources.ts";
import { isDns1035Label, isDns1123Label, isDns1123Subdomain } from "../../../runtime/validation/names.ts";
import { validateEvent, validateLease, validateNamespace, validateNode } from "./validation/cluster.ts";
import { validateConfigMap, validateConfigMapUpdate, validateSecret, validateSecretUpdate } from "./validation/config.ts";
import { validateCronJob } from "./validation/cron-job.ts";
import { validateDaemonSet, validateDaemonSetUpdate } from "./validation/daemon-set.ts";
import { validateJob, validateJobUpdate } from "./validation/job.ts";
import { validateDeployment, validateDeploymentUpdate } from "./validation/deployment.ts";
import { validateEndpoints } from "./validation/endpoints.ts";
import { validateHorizontalPodAutoscaler } from "./validation/horizontal-pod-autoscaler.ts";
import { validateVerticalPodAutoscaler } from "./validation/vertical-pod-autoscaler.ts";
import { validateIngress } from "./validation/ingress.ts";
import { validateLimitRange } from "./validation/limit-range.ts";
import { validateObjectMeta, validateObjectMetaUpdate, type NameRule } from "./validation/object-meta.ts";
import { validatePersistentVolumeClaim, validatePersistentVolumeClaimUpdate } from "./validation/persistent-volume-claim.ts";
import { validatePod, validatePodUpdate } from "./validation/pod.ts";
import { validatePodDisruptionBudget } from "./validation/pod-disruption-budget.ts";
import { isValidPathSegmentName, validateBindingUpdate, validateClusterRole, validateClusterRoleBinding, validateRole, validateRoleBinding } from "./validation/rbac.ts";
import { validateReplicaSet, validateReplicaSetUpdate } from "./validation/replica-set.ts";
import { validateService, validateServiceUpdate } from "./validation/service.ts";
import { validateStatefulSet, validateStatefulSetUpdate } from "./validation/stateful-set.ts";
import { validatePriorityClass, validatePriorityClassUpdate } from "./validation/priority-class.ts";
import { validatePersistentVolume, validatePersistentVolumeUpdate, validateStorageClass, validateStorageClassUpdate } from "./validation/storage.ts";

export interface ValidationContext {
  operation: "create" | "update";
  /** The stored object an update replaces. */
  old?: object;
}

interface KindRules {
  /** Defaults to DNS-1123 subdomain, Kubernetes' rule for most kinds. */
  name?: NameRule;
  validate(object: object): FieldError[];
  validateUpdate?(object: object, old: object): FieldError[];
}

// Each kind's validators take that kind's message; the API hands over the object of the kind it names.
function rules<T extends object>(
  validate: (object: T) => FieldError[],
  validateUpdate?: (object: T, old: T) => FieldError[],
  name?: NameRule,
): KindRules {
  return {
    name,
    validate: (object) => validate(object as T),
    validateUpdate: validateUpdate && ((object, old) => validateUpdate(object as T, old as T)),
  };
}

const KIND_RULES: Record<string, KindRules> = {
  // Namespace names are DNS labels (they appear inside service DNS names).
  Namespace: rules(validateNamespace, undefined, isDns1123Label),
  Node: rules(validateNode),
  Pod: rules(validatePod, validatePodUpdate),
  // Service names become DNS labels and environment variable prefixes, so must start with a letter.
  Service: rules(validateService, validateServiceUpdate, isDns1035Label),
  Endpoints: rules(validateEndpoints),
  Ingress: rules(validateIngress),
  ConfigMap: rules(validateConfigMap, validateConfigMapUpdate),
  Secret: rules(validateSecret, validateSecretUpdate),
  PersistentVolume: rules(validatePersistentVolume, validatePersistentVolumeUpdate),
  PersistentVolumeClaim: rules(validatePersistentVolumeClaim, validatePersistentVolumeClaimUpdate),
  Event: rules(validateEvent),
  ReplicaSet: rules(validateReplicaSet, validateReplicaSetUpdate),
  Deployment: rules(validateDeployment, validateDeploymentUpdate),
  StatefulSet: rules(validateStatefulSet, validateStatefulSetUpdate),
  DaemonSet: rules(validateDaemonSet, validateDaemonSetUpdate),
  StorageClass: rules(validateStorageClass, validateStorageClassUpdate),
  PriorityClass: rules(validatePriorityClass, validatePriorityClassUpdate),
  Lease: rules(validateLease),
  LimitRange: rules(validateLimitRange),
  PodDisruptionBudget: rules(validatePodDisruptionBudget),
  Job: rules(validateJob, validateJobUpdate),
  CronJob: rules(validateCronJob),
  HorizontalPodAutoscaler: rules(validateHorizontalPodAutoscaler),
  VerticalPodAutoscaler: rules(validateVerticalPodAutoscaler),
  Role: rules(validateRole, undefined, isValidPathSegmentName),
  ClusterRole: rules(validateClusterRole, undefined, isValidPathSegmentName),
  RoleBinding: rules(validateRoleBinding, validateBindingUpdate, isValidPathSegmentName),
  ClusterRoleBinding: rules(validateClusterRoleBinding, validateBindingUpdate, isValidPathSegmentName),
};

interface WithMetadata {
  metadata?: troupe.v1.ObjectMeta.$Properties | null;
}

/** Every Kubernetes rule `object` (of `kind`, already defaulted) breaks; empty when it is valid. */
export function validateObject(kind: string, object: object, context: ValidationContext): FieldError[] {
  const kindRules = KIND_RULES[kind];
  const metadata = (object as WithMetadata).metadata;
  const errors = [
    ...validateObjectMeta(metadata, {
      nameRule: kindRules?.name ?? isDns1123Subdomain,
      namespaced: findResourceByKindOnly(kind)?.namespaced ?? true,
    }),
    ...(kindRules?.validate(object) ?? []),
  ];
  const old = context.operation === "update" ? context.old : undefined;
  if (old) {
    errors.push(...validateObjectMetaUpdate(metadata, (old as WithMetadata).metadata));
    errors.push(...(kindRules?.validateUpdate?.(object, old) ?? []));
  }
  return errors;
}
