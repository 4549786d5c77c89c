// The containers part of describe, shared by pods and pod templates: image, ports, command,
// resources, probes, environment, mounts and (for pods) each container's state.
import type { ContainerStatusJson } from "../../runtime/printers/pod-columns.ts";
import type { DescribeWriter } from "./describe-writer.ts";
import { formatTimestamp } from "./sections.ts";

interface ProbeJson {
  httpGet?: { path?: string; port?: number | string; scheme?: string };
  tcpSocket?: { port?: number | string };
  exec?: { command?: string[] };
  grpc?: { port?: number };
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  failureThreshold?: number;
}

export interface ContainerSpecJson {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  ports?: { containerPort: number; protocol?: string; name?: string }[];
  env?: { name: string; value?: string; valueFrom?: Record<string, { name?: string; key?: string; fieldPath?: string }> }[];
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
  livenessProbe?: ProbeJson;
  readinessProbe?: ProbeJson;
  startupProbe?: ProbeJson;
}

export function describeContainers(
  out: DescribeWriter,
  indent: number,
  heading: string,
  containers: readonly ContainerSpecJson[] | undefined,
  statuses: readonly ContainerStatusJson[] = [],
): void {
  if (!containers?.length) return;
  out.heading(indent, heading);
  for (const container of containers) {
    out.heading(indent + 1, container.name);
    const at = indent + 2;
    out.field(at, "Image", container.image ?? "");
    const ports = (container.ports ?? []).map((port) => `${port.containerPort}/${port.protocol ?? "TCP"}${port.name ? ` (${port.name})` : ""}`);
    out.field(at, ports.length > 1 ? "Ports" : "Port", ports.length > 0 ? ports.join(", ") : "<none>");
    if (container.command?.length) out.field(at, "Command", container.command.join("\n"));
    if (container.args?.length) out.field(at, "Args", container.args.join("\n"));
    const status = statuses.find((candidate) => candidate.name === container.name);
    if (status) describeContainerStatus(out, at, status);
    describeResources(out, at, "Limits", container.resources?.limits);
    describeResources(out, at, "Requests", container.resources?.requests);
    for (const [label, probe] of [["Liveness", container.livenessProbe], ["Readiness", container.readinessProbe], ["Startup", container.startupProbe]] as const) {
      if (probe) out.field(at, label, describeProbe(probe));
    }
    out.field(at, "Environment", describeEnv(container.env));
    const mounts = (container.volumeMounts ?? []).map((mount) => `${mount.mountPath} from ${mount.name} (${mount.readOnly ? "ro" : "rw"})`);
    out.field(at, "Mounts", mounts.length > 0 ? mounts.join("\n") : "<none>");
  }
}

function describeContainerStatus(out: DescribeWriter, at: number, status: ContainerStatusJson): void {
  describeState(out, at, "State", status.state);
  if (status.lastState && Object.keys(status.lastState).length > 0) describeState(out, at, "Last State", status.lastState);
  out.field(at, "Ready", status.ready ? "True" : "False");
  out.field(at, "Restart Count", status.restartCount ?? 0);
}

function describeState(out: DescribeWriter, at: number, label: string, state: ContainerStatusJson["state"]): void {
  if (state?.running) {
    out.field(at, label, "Running");
    out.field(at + 1, "Started", formatTimestamp(state.running.startedAt));
  } else if (state?.terminated) {
    out.field(at, label, "Terminated");
    if (state.terminated.reason) out.field(at + 1, "Reason", state.terminated.reason);
    out.field(at + 1, "Exit Code", state.terminated.exitCode ?? 0);
    if (state.terminated.finishedAt) out.field(at + 1, "Finished", formatTimestamp(state.terminated.finishedAt));
  } else if (state?.waiting) {
    out.field(at, label, "Waiting");
    if (state.waiting.reason) out.field(at + 1, "Reason", state.waiting.reason);
  } else {
    out.field(at, label, "<unknown>");
  }
}

function describeResources(out: DescribeWriter, at: number, label: string, values: Record<string, string> | undefined): void {
  if (!values || Object.keys(values).length === 0) return;
  out.heading(at, label);
  for (const [resource, quantity] of Object.entries(values)) out.field(at + 1, resource, quantity);
}

/** "http-get http://:80/healthz delay=0s timeout=1s period=10s #failure=3", like kubectl. */
export function describeProbe(probe: ProbeJson): string {
  let action = "unknown";
  if (probe.httpGet) {
    const scheme = (probe.httpGet.scheme ?? "HTTP").toLowerCase();
    action = `http-get ${scheme}://:${probe.httpGet.port ?? ""}${probe.httpGet.path ?? "/"}`;
  } else if (probe.tcpSocket) {
    action = `tcp-socket :${probe.tcpSocket.port ?? ""}`;
  } else if (probe.exec) {
    action = `exec [${(probe.exec.command ?? []).join(" ")}]`;
  } else if (probe.grpc) {
    action = `grpc <pod>:${probe.grpc.port ?? ""}`;
  }
  const timing = `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 1}s period=${probe.periodSeconds ?? 10}s #failure=${probe.failureThreshold ?? 3}`;
  return `${action} ${timing}`;
}

function describeEnv(env: ContainerSpecJson["env"]): string {
  if (!env?.length) return "<none>";
  return env
    .map((variable) => {
      if (variable.value !== undefined) return `${variable.name}:  ${variable.value}`;
      const [source, ref] = Object.entries(variable.valueFrom ?? {})[0] ?? ["", {}];
      const target = ref.fieldPath ?? [ref.name, ref.key].filter(Boolean).join("/");
      return `${variable.name}:  <set to ${target} from ${source}>`;
    })
    .join("\n");
}
