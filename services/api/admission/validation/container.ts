// One container of a pod spec: name, image, ports, environment, resources, mounts, probes.
import { validateSecurityContext } from "./security-context.ts";
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isConfigMapKey, isDns1123Label, isDns1123Subdomain, isEnvVarName, isValidPortName } from "../../../../runtime/validation/names.ts";
import { duplicate, forbidden, invalid, invalidEach, notSupported, required, validateEnum } from "./field-errors.ts";
import { PORT_RANGE_MESSAGE, isValidPortNumber } from "./numbers.ts";
import { validateProtocol } from "./ports.ts";
import { validateHandler, validateProbe, type ProbeKind } from "./probe.ts";
import { validateResourceRequirements } from "./resources.ts";
import { validateVolumeMounts } from "./volumes.ts";

type Container = troupe.v1.Container.$Properties;
type ContainerPort = troupe.v1.ContainerPort.$Properties;
type EnvVar = troupe.v1.EnvVar.$Properties;
type EnvFromSource = troupe.v1.EnvFromSource.$Properties;
type KeySelector = troupe.v1.KeySelector.$Properties;

export interface ContainerContext {
  /** Names a volume mount may refer to. */
  volumeNames: ReadonlySet<string>;
  init: boolean;
}

const PROBES: readonly ProbeKind[] = ["livenessProbe", "readinessProbe", "startupProbe"];

function validatePorts(ports: ContainerPort[] | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  const names = new Set<string>();
  (ports ?? []).forEach((port, index) => {
    const path = indexPath(field, index);
    if (port.name) {
      errors.push(...invalidEach(childPath(path, "name"), port.name, isValidPortName(port.name)));
      if (names.has(port.name)) errors.push(duplicate(childPath(path, "name"), port.name));
      names.add(port.name);
    }
    const containerPort = port.containerPort ?? 0;
    if (containerPort === 0) errors.push(required(childPath(path, "containerPort")));
    else if (!isValidPortNumber(containerPort)) errors.push(invalid(childPath(path, "containerPort"), containerPort, PORT_RANGE_MESSAGE));
    if (port.hostPort && !isValidPortNumber(port.hostPort)) errors.push(invalid(childPath(path, "hostPort"), port.hostPort, PORT_RANGE_MESSAGE));
    errors.push(...validateProtocol(port.protocol, childPath(path, "protocol")));
  });
  return errors;
}

function validateKeySelector(selector: KeySelector, field: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!selector.name) errors.push(required(childPath(field, "name")));
  else errors.push(...invalidEach(childPath(field, "name"), selector.name, isDns1123Subdomain(selector.name)));
  if (!selector.key) errors.push(required(childPath(field, "key")));
  else errors.push(...invalidEach(childPath(field, "key"), selector.key, isConfigMapKey(selector.key)));
  return errors;
}

function validateEnv(env: EnvVar[] | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  (env ?? []).forEach((variable, index) => {
    const path = indexPath(field, index);
    if (!variable.name) errors.push(required(childPath(path, "name")));
    else errors.push(...invalidEach(childPath(path, "name"), variable.name, isEnvVarName(variable.name)));
    const source = variable.valueFrom;
    if (!source) return;
    const sourcePath = childPath(path, "valueFrom");
    const kinds = (["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef"] as const).filter((kind) => source[kind]);
    if (kinds.length === 0) errors.push(invalid(sourcePath, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
    if (kinds.length > 1) errors.push(invalid(sourcePath, "", "may not have more than one field specified at a time"));
    if (variable.value) errors.push(invalid(sourcePath, "", "may not be specified when `value` is not empty"));
    if (source.fieldRef && !source.fieldRef.fieldPath) errors.push(required(childPath(sourcePath, "fieldRef.fieldPath")));
    if (source.resourceFieldRef && !source.resourceFieldRef.resource) errors.push(required(childPath(sourcePath, "resourceFieldRef.resource")));
    if (source.configMapKeyRef) errors.push(...validateKeySelector(source.configMapKeyRef, childPath(sourcePath, "configMapKeyRef")));
    if (source.secretKeyRef) errors.push(...validateKeySelector(source.secretKeyRef, childPath(sourcePath, "secretKeyRef")));
  });
  return errors;
}

function validateEnvFrom(sources: EnvFromSource[] | null | undefined, field: string): FieldError[] {
  const errors: FieldError[] = [];
  (sources ?? []).forEach((source, index) => {
    const path = indexPath(field, index);
    if (source.prefix) errors.push(...invalidEach(childPath(path, "prefix"), source.prefix, isEnvVarName(source.prefix)));
    const refs = (["configMapRef", "secretRef"] as const).filter((kind) => source[kind]);
    if (refs.length === 0) errors.push(invalid(path, "", "must specify one of: `configMapRef` or `secretRef`"));
    if (refs.length > 1) errors.push(invalid(path, "", "may not have more than one field specified at a time"));
    for (const ref of refs) {
      const name = source[ref]?.name ?? "";
      if (!name) errors.push(required(childPath(path, `${ref}.name`)));
      else errors.push(...invalidEach(childPath(path, `${ref}.name`), name, isDns1123Subdomain(name)));
    }
  });
  return errors;
}

// Init containers run to completion before the pod starts, so probes and hooks make no sense
// for them, unless they are sidecars (restartPolicy Always) that keep running.
function validateLifecycleAndProbes(container: Container, path: string, context: ContainerContext): FieldError[] {
  const errors: FieldError[] = [];
  const sidecar = context.init && container.restartPolicy === "Always";
  if (container.restartPolicy) {
    if (!context.init) errors.push(forbidden(childPath(path, "restartPolicy"), "may not be set for non-init containers"));
    else if (!sidecar) errors.push(notSupported(childPath(path, "restartPolicy"), container.restartPolicy, ["Always"]));
  }
  for (const kind of PROBES) {
    const probe = container[kind];
    if (!probe) continue;
    if (context.init && !sidecar) errors.push(forbidden(childPath(path, kind), "may not be set for init containers without restartPolicy=Always"));
    else errors.push(...validateProbe(probe, kind, childPath(path, kind)));
  }
  const lifecycle = container.lifecycle;
  if (lifecycle && context.init && !sidecar) errors.push(forbidden(childPath(path, "lifecycle"), "may not be set for init containers without restartPolicy=Always"));
  else if (lifecycle) {
    for (const hook of ["postStart", "preStop"] as const) {
      const handler = lifecycle[hook];
      if (handler) errors.push(...validateHandler(handler, childPath(path, `lifecycle.${hook}`)));
    }
  }
  return errors;
}

/** Checks one container; name uniqueness across the pod is the pod spec's job. */
export function validateContainer(container: Container, path: string, context: ContainerContext): FieldError[] {
  const errors: FieldError[] = [];
  const name = container.name ?? "";
  if (!name) errors.push(required(childPath(path, "name")));
  else errors.push(...invalidEach(childPath(path, "name"), name, isDns1123Label(name)));
  const image = container.image ?? "";
  if (!image) errors.push(required(childPath(path, "image")));
  else if (image.trim() !== image) errors.push(invalid(childPath(path, "image"), image, "must not have leading or trailing whitespace"));
  errors.push(...validateEnum(childPath(path, "imagePullPolicy"), container.imagePullPolicy, ["Always", "IfNotPresent", "Never"]));
  errors.push(...validateEnum(childPath(path, "terminationMessagePolicy"), container.terminationMessagePolicy, ["File", "FallbackToLogsOnError"]));
  errors.push(...validatePorts(container.ports, childPath(path, "ports")));
  errors.push(...validateEnv(container.env, childPath(path, "env")));
  errors.push(...validateEnvFrom(container.envFrom, childPath(path, "envFrom")));
  errors.push(...validateResourceRequirements(container.resources, childPath(path, "resources")));
  errors.push(...validateVolumeMounts(container.volumeMounts, context.volumeNames, childPath(path, "volumeMounts")));
  errors.push(...validateLifecycleAndProbes(container, path, context));
  errors.push(...validateSecurityContext(container.securityContext, childPath(path, "securityContext")));
  return errors;
}
