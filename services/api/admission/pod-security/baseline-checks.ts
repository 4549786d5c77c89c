// The Pod Security Standards' baseline checks (https://kubernetes.io/docs/concepts/security/pod-security-standards/),
// with pod-security-admission's check ids, reasons and details.
import { containersOf, containersPhrase, joinQuote, pluralize, settersPhrase, sortedSet } from "./check-helpers.ts";
import type { Check } from "./types.ts";

const BASELINE_CAPABILITIES = new Set([
  "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
  "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
]);

const SAFE_SYSCTLS = new Set([
  "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",
]);

const SELINUX_TYPES = new Set(["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);

const APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
const SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
const SECCOMP_CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";

export function validSeccompType(type: string | null | undefined): boolean {
  return type === "RuntimeDefault" || type === "Localhost";
}

function validAppArmorType(type: string | null | undefined): boolean {
  return type === "RuntimeDefault" || type === "Localhost";
}

export const appArmorProfile: Check = {
  id: "appArmorProfile",
  level: "baseline",
  evaluate(metadata, spec) {
    const bad: string[] = [];
    const podProfile = spec.securityContext?.appArmorProfile;
    if (podProfile && !validAppArmorType(podProfile.type)) bad.push(`pod ${JSON.stringify(podProfile.type ?? "")}`);
    for (const container of containersOf(spec)) {
      const profile = container.securityContext?.appArmorProfile;
      if (profile && !validAppArmorType(profile.type)) bad.push(`container ${JSON.stringify(container.name ?? "")}=${JSON.stringify(profile.type ?? "")}`);
    }
    for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
      const allowed = value === "" || value === "runtime/default" || value.startsWith("localhost/");
      if (key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowed) bad.push(`${key}=${JSON.stringify(value)}`);
    }
    if (bad.length === 0) return undefined;
    bad.sort();
    return { reason: pluralize("forbidden AppArmor profile", "forbidden AppArmor profiles", bad.length), detail: bad.join(", ") };
  },
};

export const capabilitiesBaseline: Check = {
  id: "capabilities_baseline",
  level: "baseline",
  evaluate(_metadata, spec) {
    const bad: string[] = [];
    const added: string[] = [];
    for (const container of containersOf(spec)) {
      const extra = (container.securityContext?.capabilities?.add ?? []).filter((capability) => !BASELINE_CAPABILITIES.has(capability));
      if (extra.length > 0) {
        bad.push(container.name ?? "");
        added.push(...extra);
      }
    }
    if (bad.length === 0) return undefined;
    return { reason: "non-default capabilities", detail: `${containersPhrase(bad)} must not include ${joinQuote(sortedSet(added))} in securityContext.capabilities.add` };
  },
};

export const hostNamespaces: Check = {
  id: "hostNamespaces",
  level: "baseline",
  evaluate(_metadata, spec) {
    const used = [spec.hostNetwork && "hostNetwork", spec.hostPID && "hostPID", spec.hostIPC && "hostIPC"].filter((name): name is string => Boolean(name));
    if (used.length === 0) return undefined;
    return { reason: "host namespaces", detail: used.map((name) => `${name}=true`).sort().join(", ") };
  },
};

export const hostPathVolumes: Check = {
  id: "hostPathVolumes",
  level: "baseline",
  evaluate(_metadata, spec) {
    const names = (spec.volumes ?? []).filter((volume) => volume.hostPath).map((volume) => volume.name ?? "");
    if (names.length === 0) return undefined;
    return { reason: "hostPath volumes", detail: `${pluralize("volume", "volumes", names.length)} ${joinQuote(names)}` };
  },
};

export const hostPorts: Check = {
  id: "hostPorts",
  level: "baseline",
  evaluate(_metadata, spec) {
    const bad: string[] = [];
    const ports: string[] = [];
    for (const container of containersOf(spec)) {
      const used = (container.ports ?? []).filter((port) => (port.hostPort ?? 0) !== 0).map((port) => String(port.hostPort));
      if (used.length > 0) {
        bad.push(container.name ?? "");
        ports.push(...used);
      }
    }
    if (bad.length === 0) return undefined;
    const distinct = sortedSet(ports);
    return {
      reason: "hostPort",
      detail: `${containersPhrase(bad)} ${pluralize("uses", "use", bad.length)} ${pluralize("hostPort", "hostPorts", distinct.length)} ${distinct.join(", ")}`,
    };
  },
};

export const hostProcess: Check = {
  id: "hostProcess",
  level: "baseline",
  evaluate(_metadata, spec) {
    const bad = containersOf(spec).filter((container) => container.securityContext?.windowsOptions?.hostProcess === true).map((container) => container.name ?? "");
    const pod = spec.securityContext?.windowsOptions?.hostProcess === true;
    if (bad.length === 0 && !pod) return undefined;
    return { reason: "hostProcess == true", detail: bad.join(", ") };
  },
};

export const privileged: Check = {
  id: "privileged",
  level: "baseline",
  evaluate(_metadata, spec) {
    const bad = containersOf(spec).filter((container) => container.securityContext?.privileged === true).map((container) => container.name ?? "");
    if (bad.length === 0) return undefined;
    return { reason: "privileged", detail: `${containersPhrase(bad)} must not set securityContext.privileged=true` };
  },
};

export const procMount: Check = {
  id: "procMount",
  level: "baseline",
  evaluate(_metadata, spec) {
    const bad: string[] = [];
    const types: string[] = [];
    for (const container of containersOf(spec)) {
      const value = container.securityContext?.procMount;
      if (value && value !== "Default") {
        bad.push(container.name ?? "");
        types.push(value);
      }
    }
    if (bad.length === 0) return undefined;
    return { reason: "procMount", detail: `${containersPhrase(bad)} must not set securityContext.procMount to ${joinQuote(sortedSet(types))}` };
  },
};

export const seLinuxOptions: Check = {
  id: "seLinuxOptions",
  level: "baseline",
  evaluate(_metadata, spec) {
    const badTypes = new Set<string>();
    let setUser = false;
    let setRole = false;
    const valid = (options: { type?: string | null; user?: string | null; role?: string | null } | null | undefined): boolean => {
      if (!options) return true;
      let ok = true;
      if (!SELINUX_TYPES.has(options.type ?? "")) {
        ok = false;
        badTypes.add(options.type ?? "");
      }
      if (options.user) setUser = ok = false;
      if (options.role) setRole = ok = false;
      return ok;
    };
    const pod = !valid(spec.securityContext?.seLinuxOptions);
    const bad = containersOf(spec).filter((container) => !valid(container.securityContext?.seLinuxOptions)).map((container) => container.name ?? "");
    if (!pod && bad.length === 0) return undefined;
    const data: string[] = [];
    if (badTypes.size > 0) data.push(`${pluralize("type", "types", badTypes.size)} ${joinQuote(sortedSet(badTypes))}`);
    if (setUser) data.push("user may not be set");
    if (setRole) data.push("role may not be set");
    return { reason: "seLinuxOptions", detail: `${settersPhrase(pod, bad)} set forbidden securityContext.seLinuxOptions: ${data.join("; ")}` };
  },
};

export const seccompProfileBaseline: Check = {
  id: "seccompProfile_baseline",
  level: "baseline",
  evaluate(metadata, spec) {
    const badValues = new Set<string>();
    const podProfile = spec.securityContext?.seccompProfile;
    const pod = Boolean(podProfile) && !validSeccompType(podProfile?.type);
    if (pod) badValues.add(podProfile?.type ?? "");
    const bad: string[] = [];
    for (const container of containersOf(spec)) {
      const profile = container.securityContext?.seccompProfile;
      if (profile && !validSeccompType(profile.type)) {
        bad.push(container.name ?? "");
        badValues.add(profile.type ?? "");
      }
    }
    if (pod || bad.length > 0) {
      return { reason: "seccompProfile", detail: `${settersPhrase(pod, bad)} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues))}` };
    }
    // The annotations older clients still send.
    const annotations = metadata.annotations ?? {};
    const validAnnotation = (value: string) => value === "runtime/default" || value === "docker/default" || value.startsWith("localhost/");
    const forbidden: string[] = [];
    const podValue = annotations[SECCOMP_POD_ANNOTATION];
    if (podValue !== undefined && !validAnnotation(podValue)) forbidden.push(`${SECCOMP_POD_ANNOTATION}=${JSON.stringify(podValue)}`);
    for (const container of containersOf(spec)) {
      const key = `${SECCOMP_CONTAINER_ANNOTATION_PREFIX}${container.name ?? ""}`;
      const value = annotations[key];
      if (value !== undefined && !validAnnotation(value)) forbidden.push(`${key}=${JSON.stringify(value)}`);
    }
    if (forbidden.length === 0) return undefined;
    return { reason: "seccompProfile", detail: `forbidden ${pluralize("annotation", "annotations", forbidden.length)} ${sortedSet(forbidden).join(", ")}` };
  },
};

export const sysctls: Check = {
  id: "sysctls",
  level: "baseline",
  evaluate(_metadata, spec) {
    const forbidden = (spec.securityContext?.sysctls ?? []).map((sysctl) => sysctl.name ?? "").filter((name) => !SAFE_SYSCTLS.has(name));
    if (forbidden.length === 0) return undefined;
    return { reason: "forbidden sysctls", detail: forbidden.join(", ") };
  },
};

/** In pod-security-admission's order (its check files, by name). */
export const BASELINE_CHECKS: readonly Check[] = [
  appArmorProfile, capabilitiesBaseline, hostNamespaces, hostPathVolumes, hostPorts, hostProcess,
  privileged, procMount, seLinuxOptions, seccompProfileBaseline, sysctls,
];
