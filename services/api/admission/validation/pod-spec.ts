// A pod spec, standing alone or inside a workload's template: containers, volumes, policies,
// scheduling constraints.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isDns1123Label, isDns1123Subdomain, isValidLabelValue } from "../../../../runtime/validation/names.ts";
import { validateContainer } from "./container.ts";
import { duplicate, invalid, invalidEach, notSupported, required, validateEnum } from "./field-errors.ts";
import { validateLabelName, validateLabels } from "./labels.ts";
import { validateNonNegative } from "./numbers.ts";
import { validateVolumes } from "./volumes.ts";
import { validatePodSecurityContext } from "./security-context.ts";
import { validateInterPodAffinity, validateTopologySpreadConstraints } from "./scheduling-constraints.ts";

type PodSpec = troupe.v1.PodSpec.$Properties;
type Container = troupe.v1.Container.$Properties;
type Toleration = troupe.v1.Toleration.$Properties;

const RESTART_POLICIES = ["Always", "OnFailure", "Never"];
const DNS_POLICIES = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
const MAX_INT32 = 2147483647;

export interface PodSpecOptions {
  /** Extra names volume mounts may use: a StatefulSet's volumeClaimTemplates. */
  claimTemplateNames?: readonly string[];
}

function validateTolerations(tolerations: Toleration[] | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  (tolerations ?? []).forEach((toleration, index) => {
    const path = indexPath(field, index);
    const key = toleration.key ?? "";
    const operator = toleration.operator ?? "";
    const value = toleration.value ?? "";
    if (key) errors.push(...validateLabelName(key, childPath(path, "key")));
    if (!key && operator !== "Exists") {
      errors.push(invalid(childPath(path, "operator"), operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (toleration.tolerationSeconds != null && toleration.effect !== "NoExecute") {
      errors.push(invalid(childPath(path, "effect"), toleration.effect ?? "", "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (operator === "" || operator === "Equal") {
      const problems = isValidLabelValue(value);
      if (problems.length > 0) errors.push(invalid(childPath(path, "operator"), value, problems.join(";")));
    } else if (operator === "Exists") {
      if (value) errors.push(invalid(childPath(path, "operator"), value, "value must be empty when `operator` is 'Exists'"));
    } else {
      errors.push(notSupported(childPath(path, "operator"), operator, ["Equal", "Exists"]));
    }
    if (toleration.effect && !TAINT_EFFECTS.includes(toleration.effect)) errors.push(notSupported(childPath(path, "effect"), toleration.effect, TAINT_EFFECTS));
  });
  return errors;
}

function validateContainers(spec: PodSpec, path: string, volumeNames: ReadonlySet<string>): FieldError[] {
  const errors: FieldError[] = [];
  const names = new Set<string>();
  const hostPorts = new Set<string>();
  const groups: Array<[string, Container[], boolean]> = [
    ["initContainers", spec.initContainers ?? [], true],
    ["containers", spec.containers ?? [], false],
  ];
  if (groups[1][1].length === 0) errors.push(required(childPath(path, "containers")));
  for (const [group, containers, init] of groups) {
    containers.forEach((container, index) => {
      const containerPath = indexPath(childPath(path, group), index);
      errors.push(...validateContainer(container, containerPath, { volumeNames, init }));
      const name = container.name ?? "";
      if (name && names.has(name)) errors.push(duplicate(childPath(containerPath, "name"), name));
      names.add(name);
      (container.ports ?? []).forEach((port, portIndex) => {
        if (!port.hostPort) return;
        const key = `${port.hostIP ?? ""}/${port.protocol ?? ""}/${port.hostPort}`;
        if (hostPorts.has(key)) errors.push(duplicate(childPath(indexPath(childPath(containerPath, "ports"), portIndex), "hostPort"), key));
        hostPorts.add(key);
      });
    });
  }
  return errors;
}

export function validatePodSpec(spec: PodSpec, path: string, options: PodSpecOptions = {}): FieldError[] {
  const volumeNames = new Set([...(spec.volumes ?? []).map((volume) => volume.name ?? ""), ...(options.claimTemplateNames ?? [])]);
  const errors = [
    ...validateVolumes(spec.volumes, childPath(path, "volumes")),
    ...validateContainers(spec, path, volumeNames),
    ...validateEnum(childPath(path, "restartPolicy"), spec.restartPolicy, RESTART_POLICIES),
    ...validateEnum(childPath(path, "dnsPolicy"), spec.dnsPolicy, DNS_POLICIES),
    ...validateNonNegative(spec.terminationGracePeriodSeconds, childPath(path, "terminationGracePeriodSeconds")),
    ...validateLabels(spec.nodeSelector, childPath(path, "nodeSelector")),
    ...validateTolerations(spec.tolerations, childPath(path, "tolerations")),
    ...validateInterPodAffinity(spec.affinity, childPath(path, "affinity")),
    ...validateTopologySpreadConstraints(spec.topologySpreadConstraints, childPath(path, "topologySpreadConstraints")),
    ...validatePodSecurityContext(spec.securityContext, childPath(path, "securityContext")),
  ];
  const deadline = spec.activeDeadlineSeconds;
  if (deadline != null && (deadline < 1 || deadline > MAX_INT32)) {
    errors.push(invalid(childPath(path, "activeDeadlineSeconds"), deadline, `must be between 1 and ${MAX_INT32}, inclusive`));
  }
  for (const field of ["nodeName", "schedulerName", "serviceAccountName", "priorityClassName"] as const) {
    const value = spec[field];
    if (value) errors.push(...invalidEach(childPath(path, field), value, isDns1123Subdomain(value)));
  }
  for (const field of ["hostname", "subdomain"] as const) {
    const value = spec[field];
    if (value) errors.push(...invalidEach(childPath(path, field), value, isDns1123Label(value)));
  }
  return errors;
}
