// Probes and lifecycle hooks: exactly one handler each, with valid ports and sane timings.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, indexPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { forbidden, invalid, required, validateEnum } from "./field-errors.ts";
import { validateNonNegative, validatePortNumber } from "./numbers.ts";
import { validatePortNumOrName } from "./ports.ts";

type Probe = troupe.v1.Probe.$Properties;
type HttpGetAction = troupe.v1.HTTPGetAction.$Properties;
type Handler = Pick<Probe, "exec" | "httpGet" | "tcpSocket" | "grpc">;

export type ProbeKind = "livenessProbe" | "readinessProbe" | "startupProbe";

const HTTP_HEADER_NAME = /^[-A-Za-z0-9]+$/;

function validateHttpGet(action: HttpGetAction, path: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!action.path) errors.push(required(childPath(path, "path")));
  errors.push(...validatePortNumOrName(action.port, childPath(path, "port")));
  errors.push(...validateEnum(childPath(path, "scheme"), action.scheme, ["HTTP", "HTTPS"]));
  (action.httpHeaders ?? []).forEach((header, index) => {
    if (!HTTP_HEADER_NAME.test(header.name ?? "")) {
      errors.push(invalid(childPath(indexPath(childPath(path, "httpHeaders"), index), "name"), header.name ?? "", "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')"));
    }
  });
  return errors;
}

/** Exactly one of exec / httpGet / tcpSocket / grpc (lifecycle hooks have no grpc). */
export function validateHandler(handler: Handler, path: string): FieldError[] {
  const errors: FieldError[] = [];
  let handlers = 0;
  const claim = (name: string): boolean => {
    if (handlers++ === 0) return true;
    errors.push(forbidden(childPath(path, name), "may not specify more than 1 handler type"));
    return false;
  };
  if (handler.exec && claim("exec") && (handler.exec.command ?? []).length === 0) errors.push(required(childPath(path, "exec.command")));
  if (handler.httpGet && claim("httpGet")) errors.push(...validateHttpGet(handler.httpGet, childPath(path, "httpGet")));
  if (handler.tcpSocket && claim("tcpSocket")) errors.push(...validatePortNumOrName(handler.tcpSocket.port, childPath(path, "tcpSocket.port")));
  if (handler.grpc && claim("grpc")) errors.push(...validatePortNumber(handler.grpc.port, childPath(path, "grpc.port")));
  if (handlers === 0) errors.push(required(path, "must specify a handler type"));
  return errors;
}

export function validateProbe(probe: Probe, kind: ProbeKind, path: string): FieldError[] {
  const errors = validateHandler(probe, path);
  for (const timing of ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"] as const) {
    errors.push(...validateNonNegative(probe[timing], childPath(path, timing)));
  }
  // A container is live or started after one success; only readiness may want several.
  if (kind !== "readinessProbe" && probe.successThreshold != null && probe.successThreshold !== 1) {
    errors.push(invalid(childPath(path, "successThreshold"), probe.successThreshold, "must be 1"));
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (grace != null) {
    if (kind === "readinessProbe") errors.push(invalid(childPath(path, "terminationGracePeriodSeconds"), grace, "must not be set for readinessProbes"));
    else if (grace <= 0) errors.push(invalid(childPath(path, "terminationGracePeriodSeconds"), grace, "must be greater than 0"));
  }
  return errors;
}
