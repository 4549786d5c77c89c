// The pod's and each container's securityContext, as Kubernetes validates them: ids in range,
// seccomp and AppArmor profile types (a localhostProfile only with Localhost), procMount, and
// the privileged / no-escalation contradictions.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { childPath, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { forbidden, invalid, notSupported, required } from "./field-errors.ts";

type SecurityContext = troupe.v1.SecurityContext.$Properties;
type PodSecurityContext = troupe.v1.PodSecurityContext.$Properties;
type Profile = { type?: string | null; localhostProfile?: string | null };

const MAX_ID = 2147483647;
const PROFILE_TYPES = ["Localhost", "RuntimeDefault", "Unconfined"];

function validateId(value: number | null | undefined, field: string): FieldError[] {
  if (value === null || value === undefined) return [];
  return value < 0 || value > MAX_ID ? [invalid(field, value, `must be between 0 and ${MAX_ID}, inclusive`)] : [];
}

function validateProfile(profile: Profile | null | undefined, field: string): FieldError[] {
  if (!profile) return [];
  const type = profile.type ?? "";
  if (!type) return [required(childPath(field, "type"))];
  if (!PROFILE_TYPES.includes(type)) return [notSupported(childPath(field, "type"), type, PROFILE_TYPES)];
  if (type === "Localhost" && !profile.localhostProfile) return [required(childPath(field, "localhostProfile"), "must be set when seccomp type is Localhost")];
  if (type !== "Localhost" && profile.localhostProfile) return [forbidden(childPath(field, "localhostProfile"), "can only be set when type is Localhost")];
  return [];
}

export function validatePodSecurityContext(context: PodSecurityContext | null | undefined, field: string): FieldError[] {
  if (!context) return [];
  return [
    ...validateId(context.runAsUser, childPath(field, "runAsUser")),
    ...validateId(context.runAsGroup, childPath(field, "runAsGroup")),
    ...validateId(context.fsGroup, childPath(field, "fsGroup")),
    ...validateProfile(context.seccompProfile, childPath(field, "seccompProfile")),
    ...validateProfile(context.appArmorProfile, childPath(field, "appArmorProfile")),
    ...(context.sysctls ?? []).flatMap((sysctl, index) => (sysctl.name ? [] : [required(`${field}.sysctls[${index}].name`)])),
  ];
}

export function validateSecurityContext(context: SecurityContext | null | undefined, field: string): FieldError[] {
  if (!context) return [];
  const errors = [
    ...validateId(context.runAsUser, childPath(field, "runAsUser")),
    ...validateId(context.runAsGroup, childPath(field, "runAsGroup")),
    ...validateProfile(context.seccompProfile, childPath(field, "seccompProfile")),
    ...validateProfile(context.appArmorProfile, childPath(field, "appArmorProfile")),
  ];
  if (context.procMount && !["Default", "Unmasked"].includes(context.procMount)) errors.push(notSupported(childPath(field, "procMount"), context.procMount, ["Default", "Unmasked"]));
  if (context.allowPrivilegeEscalation === false) {
    if (context.privileged) errors.push(invalid(field, context, "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
    if ((context.capabilities?.add ?? []).includes("CAP_SYS_ADMIN")) errors.push(invalid(field, context, "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN"));
  }
  return errors;
}
