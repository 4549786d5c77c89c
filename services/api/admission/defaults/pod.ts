// Kubernetes' defaults for pods and pod templates (SetDefaults_PodSpec, _Container, _Probe, ...).
// Zero values count as unset where Kubernetes' field is a plain value; fields that are pointers
// there (proto3 `optional` here) are defaulted only when absent, so an explicit 0 survives.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { volumeSourcesOf } from "../volume-sources.ts";

type Pod = troupe.v1.Pod.$Properties;
type PodSpec = troupe.v1.PodSpec.$Properties;
type PodTemplateSpec = troupe.v1.PodTemplateSpec.$Properties;
type Container = troupe.v1.Container.$Properties;
type Probe = troupe.v1.Probe.$Properties;
type HttpGetAction = troupe.v1.HTTPGetAction.$Properties;
type Volume = troupe.v1.Volume.$Properties;

/** 0644, the mode Kubernetes gives files projected from config maps and secrets. */
const DEFAULT_FILE_MODE = 0o644;

/** Kubernetes pulls `:latest` (and untagged) images every time, anything else only when missing. */
export function defaultImagePullPolicy(image: string): "Always" | "IfNotPresent" {
  const [name, digest] = image.split("@", 2);
  const tagStart = name.lastIndexOf(":");
  const tag = tagStart > name.lastIndexOf("/") ? name.slice(tagStart + 1) : digest ? "" : "latest";
  return tag === "latest" ? "Always" : "IfNotPresent";
}

function defaultHttpGet(action: HttpGetAction | null | undefined): void {
  if (!action) return;
  action.path ||= "/";
  action.scheme ||= "HTTP";
}

function defaultProbe(probe: Probe | null | undefined): void {
  if (!probe) return;
  probe.timeoutSeconds ||= 1;
  probe.periodSeconds ||= 10;
  probe.successThreshold ||= 1;
  probe.failureThreshold ||= 3;
  defaultHttpGet(probe.httpGet);
}

function defaultContainer(container: Container, hostNetwork: boolean): void {
  container.terminationMessagePath ||= "/dev/termination-log";
  container.terminationMessagePolicy ||= "File";
  container.imagePullPolicy ||= defaultImagePullPolicy(container.image ?? "");
  for (const port of container.ports ?? []) {
    port.protocol ||= "TCP";
    // On the host network a container port is a host port.
    if (hostNetwork && !port.hostPort) port.hostPort = port.containerPort;
  }
  for (const variable of container.env ?? []) {
    const fieldRef = variable.valueFrom?.fieldRef;
    if (fieldRef) fieldRef.apiVersion ||= "v1";
  }
  defaultProbe(container.livenessProbe);
  defaultProbe(container.readinessProbe);
  defaultProbe(container.startupProbe);
  defaultHttpGet(container.lifecycle?.postStart?.httpGet);
  defaultHttpGet(container.lifecycle?.preStop?.httpGet);
}

function defaultVolume(volume: Volume): void {
  if (volumeSourcesOf(volume).length === 0) volume.emptyDir = {};
  if (volume.configMap) volume.configMap.defaultMode ??= DEFAULT_FILE_MODE;
  if (volume.secret) volume.secret.defaultMode ??= DEFAULT_FILE_MODE;
}

export function defaultPodSpec(spec: PodSpec): void {
  spec.dnsPolicy ||= "ClusterFirst";
  spec.restartPolicy ||= "Always";
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= "default-scheduler";
  spec.securityContext ??= {};
  for (const volume of spec.volumes ?? []) defaultVolume(volume);
  const hostNetwork = spec.hostNetwork === true;
  for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) defaultContainer(container, hostNetwork);
}

export function defaultPodTemplate(template: PodTemplateSpec | null | undefined): void {
  if (template) defaultPodSpec((template.spec ??= {}));
}

// A container that only sets a limit requests that much: the scheduler then reserves what the
// container may use. Kubernetes does this for pods, not templates.
function defaultRequestsToLimits(container: Container): void {
  const resources = container.resources;
  const limits = resources?.limits ?? {};
  if (!resources || Object.keys(limits).length === 0) return;
  // Replaced rather than written into: a decoded message may share a frozen empty map.
  resources.requests = { ...limits, ...resources.requests };
}

export function defaultPod(pod: Pod): void {
  const spec = (pod.spec ??= {});
  defaultPodSpec(spec);
  spec.enableServiceLinks ??= true;
  for (const container of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) defaultRequestsToLimits(container);
}
