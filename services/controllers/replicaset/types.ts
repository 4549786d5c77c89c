// Shapes the ReplicaSet decisions read: message-form objects from the generated types.
import type { troupe } from "../../../proto/gen/troupe.js";

export type Pod = troupe.v1.Pod.$Properties;
export type ReplicaSet = troupe.v1.ReplicaSet.$Properties;
export type OwnerReference = troupe.v1.OwnerReference.$Properties;
