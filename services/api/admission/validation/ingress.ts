// The Ingress kind (networking.k8s.io/v1): hosts, HTTP paths and backends, as Kubernetes'
// ValidateIngress checks them. Ingress has no defaults in v1 (pathType must be given).
import { isIP } from "node:net";
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isDns1035Label, isDns1123Subdomain, isValidPortName, regexError } from "../../../../runtime/validation/names.ts";
import { invalid, invalidEach, notSupported, required } from "./field-errors.ts";
import { validatePortNumber } from "./numbers.ts";

type Ingress = troupe.v1.Ingress.$Properties;
type IngressBackend = troupe.v1.IngressBackend.$Properties;
type HTTPIngressPath = troupe.v1.HTTPIngressPath.$Properties;
type TypedLocalObjectReference = troupe.v1.TypedLocalObjectReference.$Properties;

export const PATH_TYPES = ["Exact", "ImplementationSpecific", "Prefix"];

const WILDCARD_DNS1123_SUBDOMAIN_FMT = "\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
const WILDCARD_DNS1123_SUBDOMAIN_MSG =
  "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character";
const wildcardDns1123Subdomain = new RegExp(`^(?:${WILDCARD_DNS1123_SUBDOMAIN_FMT})$`);
/** Exact and Prefix paths are matched literally, so these would never match what they seem to. */
const INVALID_PATH_SEQUENCES = ["//", "/./", "/../", "%2f", "%2F"];
const INVALID_PATH_SUFFIXES = ["/..", "/."];

function isWildcardDns1123Subdomain(value: string): string[] {
  const errors = value.length > 253 ? ["must be no more than 253 characters"] : [];
  if (!wildcardDns1123Subdomain.test(value)) errors.push(regexError(WILDCARD_DNS1123_SUBDOMAIN_MSG, WILDCARD_DNS1123_SUBDOMAIN_FMT, "*.example.com"));
  return errors;
}

function validateHost(host: string, field: string): FieldError[] {
  if (isIP(host) !== 0) return [invalid(field, host, "must be a DNS name, not an IP address")];
  const problems = host.startsWith("*") ? isWildcardDns1123Subdomain(host) : isDns1123Subdomain(host);
  return invalidEach(field, host, problems);
}

function validateResourceBackend(resource: TypedLocalObjectReference, field: string): FieldError[] {
  const errors: FieldError[] = [];
  if (resource.apiGroup) errors.push(...invalidEach(childPath(field, "apiGroup"), resource.apiGroup, isDns1123Subdomain(resource.apiGroup)));
  if (!resource.kind) errors.push(required(childPath(field, "kind")));
  else if (/[/%]/.test(resource.kind)) errors.push(invalid(childPath(field, "kind"), resource.kind, "may not contain '/' or '%'"));
  if (!resource.name) errors.push(required(childPath(field, "name")));
  else if (/[/%]/.test(resource.name)) errors.push(invalid(childPath(field, "name"), resource.name, "may not contain '/' or '%'"));
  return errors;
}

/** Exactly one of a service or a resource; a service by name with exactly one of a port name or number. */
export function validateIngressBackend(backend: IngressBackend | null | undefined, field: string): FieldError[] {
  const service = backend?.service;
  const resource = backend?.resource;
  if (service && resource) return [invalid(field, "", "cannot set both resource and service backends")];
  if (resource) return validateResourceBackend(resource, childPath(field, "resource"));
  if (!service) return [invalid(field, "", "resource or service backend is required")];
  const errors: FieldError[] = [];
  const servicePath = childPath(field, "service");
  if (!service.name) errors.push(required(childPath(servicePath, "name")));
  else errors.push(...invalidEach(childPath(servicePath, "name"), service.name, isDns1035Label(service.name)));
  const portName = service.port?.name ?? "";
  const portNumber = service.port?.number ?? 0;
  const portPath = childPath(servicePath, "port");
  if (portName && portNumber) errors.push(invalid(field, "", "cannot set both port name & port number"));
  else if (portName) errors.push(...invalidEach(childPath(portPath, "name"), portName, isValidPortName(portName)));
  else if (portNumber) errors.push(...validatePortNumber(portNumber, childPath(portPath, "number")));
  else errors.push(required(field, "port name or number is required"));
  return errors;
}

function validatePathValue(path: string, pathType: string, field: string): FieldError[] {
  // ImplementationSpecific paths may be empty; anything given must be absolute.
  if (pathType === "ImplementationSpecific" && path === "") return [];
  if (!path.startsWith("/")) return [invalid(field, path, "must be an absolute path")];
  if (pathType === "ImplementationSpecific") return [];
  const errors: FieldError[] = [];
  for (const sequence of INVALID_PATH_SEQUENCES) if (path.includes(sequence)) errors.push(invalid(field, path, `must not contain '${sequence}'`));
  for (const suffix of INVALID_PATH_SUFFIXES) if (path.endsWith(suffix)) errors.push(invalid(field, path, `cannot end with '${suffix}'`));
  return errors;
}

function validateHttpPath(path: HTTPIngressPath, field: string): FieldError[] {
  const pathType = path.pathType ?? "";
  if (!pathType) return [required(childPath(field, "pathType"), "pathType must be specified")];
  if (!PATH_TYPES.includes(pathType)) return [notSupported(childPath(field, "pathType"), pathType, PATH_TYPES)];
  return [...validatePathValue(path.path ?? "", pathType, childPath(field, "path")), ...validateIngressBackend(path.backend, childPath(field, "backend"))];
}

function validateRules(ingress: Ingress): FieldError[] {
  const errors: FieldError[] = [];
  (ingress.spec?.rules ?? []).forEach((rule, index) => {
    const rulePath = indexPath("spec.rules", index);
    if (rule.host) errors.push(...validateHost(rule.host, childPath(rulePath, "host")));
    if (!rule.http) return;
    const pathsPath = childPath(childPath(rulePath, "http"), "paths");
    const paths = rule.http.paths ?? [];
    if (paths.length === 0) errors.push(required(pathsPath));
    paths.forEach((path, pathIndex) => errors.push(...validateHttpPath(path, indexPath(pathsPath, pathIndex))));
  });
  return errors;
}

function validateTls(ingress: Ingress): FieldError[] {
  const errors: FieldError[] = [];
  (ingress.spec?.tls ?? []).forEach((tls, index) => {
    const tlsPath = indexPath("spec.tls", index);
    (tls.hosts ?? []).forEach((host, hostIndex) => errors.push(...validateHost(host, indexPath(childPath(tlsPath, "hosts"), hostIndex))));
    if (tls.secretName) errors.push(...invalidEach(childPath(tlsPath, "secretName"), tls.secretName, isDns1123Subdomain(tls.secretName)));
  });
  return errors;
}

export function validateIngress(ingress: Ingress): FieldError[] {
  const spec = ingress.spec ?? {};
  const errors: FieldError[] = [];
  if ((spec.rules ?? []).length === 0 && !spec.defaultBackend) {
    errors.push(invalid("spec", spec.rules ?? [], "either `defaultBackend` or `rules` must be specified"));
  }
  if (spec.defaultBackend) errors.push(...validateIngressBackend(spec.defaultBackend, "spec.defaultBackend"));
  if (spec.ingressClassName) errors.push(...invalidEach("spec.ingressClassName", spec.ingressClassName, isDns1123Subdomain(spec.ingressClassName)));
  errors.push(...validateRules(ingress), ...validateTls(ingress));
  return errors;
}
