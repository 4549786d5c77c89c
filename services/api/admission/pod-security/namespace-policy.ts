// A namespace's Pod Security policy from its labels (pod-security.kubernetes.io/<mode> and
// <mode>-version), as pod-security-admission's PolicyToEvaluate reads them: unset is
// privileged:latest; a bad value is an error for the namespace write and, for pods, the most
// restrictive reading (restricted, latest).
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { invalid } from "../validation/field-errors.ts";
import { LEVELS, MODES, type Level, type LevelVersion, type Mode, type NamespacePolicy } from "./types.ts";

export const LABEL_PREFIX = "pod-security.kubernetes.io/";
export const AUDIT_VIOLATIONS_ANNOTATION = "pod-security.kubernetes.io/audit-violations";
export const ENFORCE_POLICY_ANNOTATION = "pod-security.kubernetes.io/enforce-policy";

export function levelLabel(mode: Mode): string {
  return `${LABEL_PREFIX}${mode}`;
}

export function versionLabel(mode: Mode): string {
  return `${LABEL_PREFIX}${mode}-version`;
}

const VERSION = /^v1\.(0|[1-9][0-9]*)$/;

export const DEFAULT_POLICY: LevelVersion = { level: "privileged", version: "latest" };

export interface ParsedPolicy {
  policy: NamespacePolicy;
  errors: FieldError[];
}

export function namespacePolicy(labels: Record<string, string> | null | undefined): ParsedPolicy {
  const errors: FieldError[] = [];
  const entries = MODES.map((mode): [Mode, LevelVersion] => {
    let level: Level = DEFAULT_POLICY.level;
    let version = DEFAULT_POLICY.version;
    const levelValue = labels?.[levelLabel(mode)];
    if (levelValue !== undefined) {
      if ((LEVELS as readonly string[]).includes(levelValue)) level = levelValue as Level;
      else {
        level = "restricted";
        errors.push(invalid(`metadata.labels[${levelLabel(mode)}]`, levelValue, "must be one of privileged, baseline, restricted"));
      }
    }
    const versionValue = labels?.[versionLabel(mode)];
    if (versionValue !== undefined) {
      if (versionValue === "latest" || VERSION.test(versionValue)) version = versionValue;
      else errors.push(invalid(`metadata.labels[${versionLabel(mode)}]`, versionValue, 'must be "latest" or "v1.x"'));
    }
    return [mode, { level, version }];
  });
  return { policy: Object.fromEntries(entries) as NamespacePolicy, errors };
}

export function samePolicy(a: LevelVersion, b: LevelVersion): boolean {
  return a.level === b.level && a.version === b.version;
}
