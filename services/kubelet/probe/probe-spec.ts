// A container's probe as the prober runs it: Kubernetes' defaults filled in (the API defaults
// them too, but a pod may come from an older version or a test) and the action picked out.
// gRPC probes are not supported: they resolve to an UnsupportedProbe the kubelet reports.
import type { troupe } from "../../../proto/gen/troupe.js";

export type Probe = troupe.v1.Probe.$Properties;
export type IntOrString = troupe.v1.IntOrString.$Properties;

export const PROBE_TYPES = ["startup", "liveness", "readiness"] as const;
export type ProbeType = (typeof PROBE_TYPES)[number];

export type ProbeAction =
  | { kind: "httpGet"; path: string; port: IntOrString; host: string; scheme: "HTTP" | "HTTPS"; headers: { name: string; value: string }[] }
  | { kind: "tcpSocket"; port: IntOrString; host: string }
  | { kind: "exec"; command: string[] };

export interface ResolvedProbe {
  type: ProbeType;
  action: ProbeAction;
  initialDelayMs: number;
  periodMs: number;
  timeoutMs: number;
  successThreshold: number;
  failureThreshold: number;
  /** Grace period when this probe kills the container (liveness, startup). */
  terminationGracePeriodSeconds: number | undefined;
}

export interface UnsupportedProbe {
  type: ProbeType;
  unsupported: string;
}

/** "Readiness" for event and status messages ("Readiness probe failed: ..."). */
export function probeTitle(type: ProbeType): string {
  return `${type[0].toUpperCase()}${type.slice(1)}`;
}

function positive(value: number | null | undefined, fallback: number): number {
  return value && value > 0 ? value : fallback;
}

export function resolveProbe(type: ProbeType, probe: Probe): ResolvedProbe | UnsupportedProbe {
  let action: ProbeAction;
  if (probe.httpGet) {
    const scheme = (probe.httpGet.scheme || "HTTP").toUpperCase();
    action = {
      kind: "httpGet",
      path: probe.httpGet.path || "/",
      port: probe.httpGet.port ?? {},
      host: probe.httpGet.host ?? "",
      scheme: scheme === "HTTPS" ? "HTTPS" : "HTTP",
      headers: (probe.httpGet.httpHeaders ?? []).map((header) => ({ name: header.name ?? "", value: header.value ?? "" })),
    };
  } else if (probe.tcpSocket) {
    action = { kind: "tcpSocket", port: probe.tcpSocket.port ?? {}, host: probe.tcpSocket.host ?? "" };
  } else if (probe.exec) {
    action = { kind: "exec", command: [...(probe.exec.command ?? [])] };
  } else if (probe.grpc) {
    return { type, unsupported: `${type} probe: gRPC probes are not supported by Troupe; the probe is ignored` };
  } else {
    return { type, unsupported: `${type} probe: no handler (httpGet, tcpSocket or exec); the probe is ignored` };
  }
  return {
    type,
    action,
    initialDelayMs: Math.max(0, probe.initialDelaySeconds ?? 0) * 1000,
    periodMs: positive(probe.periodSeconds, 10) * 1000,
    timeoutMs: positive(probe.timeoutSeconds, 1) * 1000,
    // Liveness and startup probes pass on one success, whatever the manifest says (as Kubernetes validates).
    successThreshold: type === "readiness" ? positive(probe.successThreshold, 1) : 1,
    failureThreshold: positive(probe.failureThreshold, 3),
    terminationGracePeriodSeconds: probe.terminationGracePeriodSeconds != null ? Number(probe.terminationGracePeriodSeconds) : undefined,
  };
}

export function isUnsupported(probe: ResolvedProbe | UnsupportedProbe): probe is UnsupportedProbe {
  return "unsupported" in probe;
}
