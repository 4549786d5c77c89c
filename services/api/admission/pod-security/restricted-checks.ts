// The Pod Security Standards' restricted checks, added to the baseline ones; three replace the
// baseline check they tighten (volume types, capabilities, seccomp), as in pod-security-admission.
import { validSeccompType } from "./baseline-checks.ts";
import { containersOf, containersPhrase, joinQuote, settersPhrase, sortedSet } from "./check-helpers.ts";
import type { Check } from "./types.ts";

/** The volume sources restricted allows; Troupe serves no others but hostPath (csi and ephemeral are not served). */
const ALLOWED_VOLUME_SOURCES = ["configMap", "downwardAPI", "emptyDir", "persistentVolumeClaim", "projected", "secret"] as const;

export const allowPrivilegeEscalation: Check = {
  id: "allowPrivilegeEscalation",
  level: "restricted",
  evaluate(_metadata, spec) {
    const bad = containersOf(spec).filter((container) => container.securityContext?.allowPrivilegeEscalation !== false).map((container) => container.name ?? "");
    if (bad.length === 0) return undefined;
    return { reason: "allowPrivilegeEscalation != false", detail: `${containersPhrase(bad)} must set securityContext.allowPrivilegeEscalation=false` };
  },
};

export const capabilitiesRestricted: Check = {
  id: "capabilities_restricted",
  level: "restricted",
  overrides: ["capabilities_baseline"],
  evaluate(_metadata, spec) {
    const missingDropAll: string[] = [];
    const adding: string[] = [];
    const forbidden: string[] = [];
    for (const container of containersOf(spec)) {
      const capabilities = container.securityContext?.capabilities;
      if (!(capabilities?.drop ?? []).includes("ALL")) missingDropAll.push(container.name ?? "");
      const extra = (capabilities?.add ?? []).filter((capability) => capability !== "NET_BIND_SERVICE");
      if (extra.length > 0) {
        adding.push(container.name ?? "");
        forbidden.push(...extra);
      }
    }
    const details: string[] = [];
    if (missingDropAll.length > 0) details.push(`${containersPhrase(missingDropAll)} must set securityContext.capabilities.drop=["ALL"]`);
    if (adding.length > 0) details.push(`${containersPhrase(adding)} must not include ${joinQuote(sortedSet(forbidden))} in securityContext.capabilities.add`);
    if (details.length === 0) return undefined;
    return { reason: "unrestricted capabilities", detail: details.join("; ") };
  },
};

export const restrictedVolumes: Check = {
  id: "restrictedVolumes",
  level: "restricted",
  overrides: ["hostPathVolumes"],
  evaluate(_metadata, spec) {
    const names = (spec.volumes ?? [])
      .filter((volume) => !ALLOWED_VOLUME_SOURCES.some((source) => volume[source]))
      .map((volume) => volume.name ?? "");
    if (names.length === 0) return undefined;
    // Go's %q of a []string: ["a" "b"].
    return { reason: "restricted volume types", detail: `volumes [${sortedSet(names).map((name) => JSON.stringify(name)).join(" ")}] have restricted types` };
  },
};

export const runAsNonRoot: Check = {
  id: "runAsNonRoot",
  level: "restricted",
  evaluate(_metadata, spec) {
    const podValue = spec.securityContext?.runAsNonRoot;
    const podBad = podValue === false;
    const podTrue = podValue === true;
    const explicit: string[] = [];
    const implicit: string[] = [];
    for (const container of containersOf(spec)) {
      const value = container.securityContext?.runAsNonRoot;
      if (value === false) explicit.push(container.name ?? "");
      else if (value !== true && !podTrue) implicit.push(container.name ?? "");
    }
    if (podBad || explicit.length > 0) {
      return { reason: "runAsNonRoot != true", detail: `${settersPhrase(podBad, explicit)} must not set securityContext.runAsNonRoot=false` };
    }
    if (implicit.length > 0) {
      return { reason: "runAsNonRoot != true", detail: `pod or ${containersPhrase(implicit)} must set securityContext.runAsNonRoot=true` };
    }
    return undefined;
  },
};

export const runAsUser: Check = {
  id: "runAsUser",
  level: "restricted",
  evaluate(_metadata, spec) {
    const pod = spec.securityContext?.runAsUser === 0;
    const bad = containersOf(spec).filter((container) => container.securityContext?.runAsUser === 0).map((container) => container.name ?? "");
    if (!pod && bad.length === 0) return undefined;
    return { reason: "runAsUser=0", detail: `${settersPhrase(pod, bad)} must not set runAsUser=0` };
  },
};

export const seccompProfileRestricted: Check = {
  id: "seccompProfile_restricted",
  level: "restricted",
  overrides: ["seccompProfile_baseline"],
  evaluate(_metadata, spec) {
    const badValues = new Set<string>();
    const podProfile = spec.securityContext?.seccompProfile;
    const pod = Boolean(podProfile) && !validSeccompType(podProfile?.type);
    if (pod) badValues.add(podProfile?.type ?? "");
    const podSet = Boolean(podProfile) && !pod;
    const explicit: string[] = [];
    const implicit: string[] = [];
    for (const container of containersOf(spec)) {
      const profile = container.securityContext?.seccompProfile;
      if (profile) {
        if (!validSeccompType(profile.type)) {
          explicit.push(container.name ?? "");
          badValues.add(profile.type ?? "");
        }
      } else if (!podSet) {
        implicit.push(container.name ?? "");
      }
    }
    if (pod || explicit.length > 0) {
      return { reason: "seccompProfile", detail: `${settersPhrase(pod, explicit)} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues))}` };
    }
    if (implicit.length > 0) {
      return { reason: "seccompProfile", detail: `pod or ${containersPhrase(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"` };
    }
    return undefined;
  },
};

export const RESTRICTED_CHECKS: readonly Check[] = [
  allowPrivilegeEscalation, capabilitiesRestricted, restrictedVolumes, runAsNonRoot, runAsUser, seccompProfileRestricted,
];
