// The Service kind: ports, type, cluster IP, affinity and traffic policies.
import { isIP } from "node:net";
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isDns1123Label, isDns1123Subdomain } from "../../../../runtime/validation/names.ts";
import { duplicate, forbidden, invalid, invalidEach, notSupported, required, validateEnum } from "./field-errors.ts";
import { validateLabels } from "./labels.ts";
import { validatePortNumber } from "./numbers.ts";
import { validatePortNumOrName, validateProtocol } from "./ports.ts";

type Service = troupe.v1.Service.$Properties;
type ServiceSpec = troupe.v1.ServiceSpec.$Properties;

export const SERVICE_TYPES = ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"];
const TRAFFIC_POLICIES = ["Cluster", "Local"];
const MAX_CLIENT_IP_TIMEOUT_SECONDS = 86400;

function validatePorts(spec: ServiceSpec, type: string): FieldError[] {
  const errors: FieldError[] = [];
  const ports = spec.ports ?? [];
  const headless = spec.clusterIP === "None";
  if (ports.length === 0 && !headless && type !== "ExternalName") errors.push(required("spec.ports"));
  const names = new Set<string>();
  const nodePorts = new Set<string>();
  const exposesNodePorts = type === "NodePort" || type === "LoadBalancer";
  ports.forEach((port, index) => {
    const path = indexPath("spec.ports", index);
    const name = port.name ?? "";
    // With several ports, names tell them apart in Endpoints and in named targetPorts.
    if (ports.length > 1 && !name) errors.push(required(childPath(path, "name")));
    else if (name) {
      errors.push(...invalidEach(childPath(path, "name"), name, isDns1123Label(name)));
      if (names.has(name)) errors.push(duplicate(childPath(path, "name"), name));
      names.add(name);
    }
    errors.push(...validatePortNumber(port.port, childPath(path, "port")));
    errors.push(...validateProtocol(port.protocol, childPath(path, "protocol")));
    errors.push(...validatePortNumOrName(port.targetPort, childPath(path, "targetPort")));
    const nodePort = port.nodePort;
    if (!nodePort) return;
    const nodePortPath = childPath(path, "nodePort");
    if (!exposesNodePorts) {
      errors.push(forbidden(nodePortPath, `may not be used when \`type\` is '${type}'`));
      return;
    }
    // The configured node port range is the allocator's to check (services/api/allocation).
    errors.push(...validatePortNumber(nodePort, nodePortPath));
    const key = `${port.protocol ?? ""}/${nodePort}`;
    if (nodePorts.has(key)) errors.push(duplicate(nodePortPath, nodePort));
    nodePorts.add(key);
  });
  return errors;
}

function validateClusterIP(spec: ServiceSpec, type: string): FieldError[] {
  const clusterIP = spec.clusterIP ?? "";
  if (!clusterIP) return [];
  if (type === "ExternalName") return [forbidden("spec.clusterIP", "may not be set for ExternalName services")];
  if (clusterIP === "None") return type === "ClusterIP" ? [] : [invalid("spec.clusterIP", clusterIP, `may not be set to 'None' for ${type} services`)];
  return isIP(clusterIP) === 0 ? [invalid("spec.clusterIP", clusterIP, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)")] : [];
}

function validateTrafficPolicies(spec: ServiceSpec, type: string): FieldError[] {
  const errors: FieldError[] = [];
  if (type === "NodePort" || type === "LoadBalancer") {
    errors.push(...validateEnum("spec.externalTrafficPolicy", spec.externalTrafficPolicy, TRAFFIC_POLICIES));
  } else if (spec.externalTrafficPolicy) {
    errors.push(invalid("spec.externalTrafficPolicy", spec.externalTrafficPolicy, "may only be set when `type` is 'NodePort' or 'LoadBalancer'"));
  }
  if (type !== "ExternalName") errors.push(...validateEnum("spec.internalTrafficPolicy", spec.internalTrafficPolicy, TRAFFIC_POLICIES));
  return errors;
}

function validateAffinity(spec: ServiceSpec): FieldError[] {
  const errors = validateEnum("spec.sessionAffinity", spec.sessionAffinity, ["ClientIP", "None"]);
  const timeout = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
  if (spec.sessionAffinity === "ClientIP" && timeout != null && (timeout <= 0 || timeout > MAX_CLIENT_IP_TIMEOUT_SECONDS)) {
    errors.push(invalid("spec.sessionAffinityConfig.clientIP.timeoutSeconds", timeout, `must be greater than 0 and less than ${MAX_CLIENT_IP_TIMEOUT_SECONDS}`));
  }
  return errors;
}

function validateIpFamilies(spec: ServiceSpec): FieldError[] {
  const errors: FieldError[] = [];
  (spec.ipFamilies ?? []).forEach((family, index) => {
    if (family !== "IPv4" && family !== "IPv6") errors.push(notSupported(indexPath("spec.ipFamilies", index), family, ["IPv4", "IPv6"]));
  });
  if (spec.ipFamilyPolicy && !["SingleStack", "PreferDualStack", "RequireDualStack"].includes(spec.ipFamilyPolicy)) {
    errors.push(notSupported("spec.ipFamilyPolicy", spec.ipFamilyPolicy, ["SingleStack", "PreferDualStack", "RequireDualStack"]));
  }
  return errors;
}

export function validateService(service: Service): FieldError[] {
  const spec = service.spec ?? {};
  const type = spec.type ?? "";
  const errors = validateEnum("spec.type", type, SERVICE_TYPES);
  if (type === "ExternalName") {
    const externalName = spec.externalName ?? "";
    if (!externalName) errors.push(required("spec.externalName"));
    else errors.push(...invalidEach("spec.externalName", externalName, isDns1123Subdomain(externalName.replace(/\.$/, ""))));
  }
  errors.push(
    ...validatePorts(spec, type),
    ...validateClusterIP(spec, type),
    ...validateTrafficPolicies(spec, type),
    ...validateAffinity(spec),
    ...validateIpFamilies(spec),
    ...validateLabels(spec.selector, "spec.selector"),
  );
  return errors;
}

/** A cluster IP, once allocated, stays until the service leaves or becomes ExternalName. */
export function validateServiceUpdate(service: Service, old: Service): FieldError[] {
  const clusterIP = service.spec?.clusterIP ?? "";
  const oldClusterIP = old.spec?.clusterIP ?? "";
  const externalName = service.spec?.type === "ExternalName" || old.spec?.type === "ExternalName";
  if (!clusterIP || !oldClusterIP || externalName || clusterIP === oldClusterIP) return [];
  return [invalid("spec.clusterIP", clusterIP, "field is immutable")];
}
