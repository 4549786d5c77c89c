// The status an object starts with: what the client sent is dropped (status is written by
// controllers through updateStatus), except for kinds whose creator is also their reporter.
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { troupe } from "../../../proto/gen/troupe.js";
import { podQosClass } from "../admission/qos.ts";

/** Kinds created by the agent that reports on them (the kubelet registers its Node with status). */
const CREATOR_REPORTS_STATUS = new Set(["Node", "PersistentVolume"]);

export function initialStatus(info: ResourceInfo, object: ApiObject): void {
  if (!info.hasStatus || CREATOR_REPORTS_STATUS.has(info.kind)) return;
  switch (info.kind) {
    case "Pod":
      object.status = { phase: "Pending" };
      return;
    case "Namespace":
      object.status = { phase: "Active" };
      return;
    case "PersistentVolumeClaim":
      object.status = { phase: "Pending" };
      return;
    default:
      object.status = null;
  }
}

/** A new pod's status.qosClass, from its (defaulted and admitted) containers, as Kubernetes sets it. */
export function setPodQosClass(info: ResourceInfo, object: ApiObject): void {
  if (info.kind !== "Pod") return;
  const pod = object as troupe.v1.Pod.$Properties;
  pod.status = { ...pod.status, qosClass: podQosClass(pod.spec) };
}
