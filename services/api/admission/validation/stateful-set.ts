// The StatefulSet kind: ordered pods with stable names and per-pod claims from
// volumeClaimTemplates, which the template's volume mounts may name.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isDns1123Label } from "../../../../runtime/validation/names.ts";
import { forbidden, invalid, invalidEach, required, validateEnum } from "./field-errors.ts";
import { validateAnnotations, validateLabels } from "./labels.ts";
import { validateNonNegative } from "./numbers.ts";
import { validatePersistentVolumeClaimSpec } from "./persistent-volume-claim.ts";
import { validatePodTemplate, validateWorkloadSelector } from "./pod-template.ts";
import { sameMessage } from "./same-message.ts";

type StatefulSet = troupe.v1.StatefulSet.$Properties;
type StatefulSetSpec = troupe.v1.StatefulSetSpec.$Properties;
type PersistentVolumeClaim = troupe.v1.PersistentVolumeClaim.$Properties;

const RETENTION_POLICIES = ["Retain", "Delete"];

// A claim template's name becomes a pod volume name, so it must be a DNS label.
function validateClaimTemplates(templates: PersistentVolumeClaim[], field: string): FieldError[] {
  const errors: FieldError[] = [];
  templates.forEach((template, index) => {
    const path = indexPath(field, index);
    const name = template.metadata?.name ?? "";
    if (!name) errors.push(required(childPath(path, "metadata.name")));
    else errors.push(...invalidEach(childPath(path, "metadata.name"), name, isDns1123Label(name)));
    errors.push(...validateLabels(template.metadata?.labels, childPath(path, "metadata.labels")));
    errors.push(...validateAnnotations(template.metadata?.annotations, childPath(path, "metadata.annotations")));
    errors.push(...validatePersistentVolumeClaimSpec(template.spec ?? {}, childPath(path, "spec")));
  });
  return errors;
}

function validateUpdateStrategy(spec: StatefulSetSpec): FieldError[] {
  const strategy = spec.updateStrategy;
  const type = strategy?.type ?? "";
  switch (type) {
    case "":
      return [required("spec.updateStrategy")];
    case "OnDelete":
      return strategy?.rollingUpdate ? [invalid("spec.updateStrategy.rollingUpdate", strategy.rollingUpdate, "only allowed for updateStrategy 'RollingUpdate'")] : [];
    case "RollingUpdate":
      return validateNonNegative(strategy?.rollingUpdate?.partition, "spec.updateStrategy.rollingUpdate.partition");
    default:
      return [invalid("spec.updateStrategy.type", type, "must be 'RollingUpdate' or 'OnDelete'")];
  }
}

export function validateStatefulSet(statefulSet: StatefulSet): FieldError[] {
  const spec = statefulSet.spec ?? {};
  const templates = spec.volumeClaimTemplates ?? [];
  const errors = [
    ...validateNonNegative(spec.replicas, "spec.replicas"),
    ...validateNonNegative(spec.minReadySeconds, "spec.minReadySeconds"),
    ...validateNonNegative(spec.revisionHistoryLimit, "spec.revisionHistoryLimit"),
    ...validateNonNegative(spec.ordinals?.start, "spec.ordinals.start"),
    ...validateWorkloadSelector(spec.selector, "spec.selector", "statefulset"),
    ...validateClaimTemplates(templates, "spec.volumeClaimTemplates"),
    ...validatePodTemplate(spec.template, spec.selector, "spec.template", {
      owner: "StatefulSet",
      claimTemplateNames: templates.map((template) => template.metadata?.name ?? ""),
    }),
    ...validateUpdateStrategy(spec),
  ];
  const policy = spec.podManagementPolicy ?? "";
  if (!policy) errors.push(required("spec.podManagementPolicy"));
  else if (policy !== "OrderedReady" && policy !== "Parallel") errors.push(invalid("spec.podManagementPolicy", policy, "must be 'OrderedReady' or 'Parallel'"));
  // Kubernetes allows an empty serviceName; Troupe requires it: the members' DNS names
  // (<pod>.<serviceName>) and their spec.subdomain come from it.
  if (!spec.serviceName) errors.push(required("spec.serviceName"));
  else errors.push(...invalidEach("spec.serviceName", spec.serviceName, isDns1123Label(spec.serviceName)));
  const retention = spec.persistentVolumeClaimRetentionPolicy;
  errors.push(...validateEnum("spec.persistentVolumeClaimRetentionPolicy.whenDeleted", retention?.whenDeleted, RETENTION_POLICIES));
  errors.push(...validateEnum("spec.persistentVolumeClaimRetentionPolicy.whenScaled", retention?.whenScaled, RETENTION_POLICIES));
  return errors;
}

const UPDATABLE_FIELDS_MESSAGE =
  "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

function fixedPart(spec: StatefulSetSpec): StatefulSetSpec {
  return {
    ...spec,
    replicas: null,
    ordinals: undefined,
    template: undefined,
    updateStrategy: undefined,
    revisionHistoryLimit: null,
    persistentVolumeClaimRetentionPolicy: undefined,
    minReadySeconds: 0,
  };
}

export function validateStatefulSetUpdate(statefulSet: StatefulSet, old: StatefulSet): FieldError[] {
  const same = sameMessage("StatefulSetSpec", fixedPart(statefulSet.spec ?? {}), fixedPart(old.spec ?? {}));
  return same ? [] : [forbidden("spec", UPDATABLE_FIELDS_MESSAGE)];
}
