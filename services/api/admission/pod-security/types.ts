// The contract of Pod Security admission (k8s.io/pod-security-admission): levels, modes, the
// version a namespace pins, and what one check answers.
import type { troupe } from "../../../../proto/gen/troupe.js";

export const LEVELS = ["privileged", "baseline", "restricted"] as const;
export type Level = (typeof LEVELS)[number];

export const MODES = ["enforce", "warn", "audit"] as const;
export type Mode = (typeof MODES)[number];

/** A namespace's policy for one mode: `restricted:latest`, `baseline:v1.32`. */
export interface LevelVersion {
  level: Level;
  /** "latest" or "v1.<minor>"; every version is evaluated with the latest checks (docs/security.md). */
  version: string;
}

export type NamespacePolicy = Record<Mode, LevelVersion>;

export type PodSpec = troupe.v1.PodSpec.$Properties;
export type Container = troupe.v1.Container.$Properties;

export interface PodMetadata {
  name?: string | null;
  annotations?: Record<string, string> | null;
}

/** A failed check, in Kubernetes' words: `privileged (container "c" must not set ...)`. */
export interface Violation {
  /** The check's id (privileged, runAsNonRoot, ...), for tests and audit. */
  id: string;
  reason: string;
  detail: string;
}

export interface Check {
  id: string;
  level: Exclude<Level, "privileged">;
  /** Baseline checks a restricted check replaces (its stricter form). */
  overrides?: readonly string[];
  evaluate(metadata: PodMetadata, spec: PodSpec): Omit<Violation, "id"> | undefined;
}
