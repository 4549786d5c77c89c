// The status an object starts with: what the client sent is dropped (status is written by
// controllers through updateStatus), except for kinds whose creator is also their reporter.
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";

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
