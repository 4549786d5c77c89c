// Shapes the StatefulSet decisions read: message-form objects from the generated types.
import type { troupe } from "../../../proto/gen/troupe.js";

export type Pod = troupe.v1.Pod.$Properties;
export type StatefulSet = troupe.v1.StatefulSet.$Properties;
export type StatefulSetStatus = troupe.v1.StatefulSetStatus.$Properties;
export type PersistentVolumeClaim = troupe.v1.PersistentVolumeClaim.$Properties;
export type ControllerRevision = troupe.v1.ControllerRevision.$Properties;
export type OwnerReference = troupe.v1.OwnerReference.$Properties;
export type PodTemplateSpec = troupe.v1.PodTemplateSpec.$Properties;
