// Shapes the DaemonSet decisions read: message-form objects from the generated types.
import type { troupe } from "../../../proto/gen/troupe.js";

export type Pod = troupe.v1.Pod.$Properties;
export type Node = troupe.v1.Node.$Properties;
export type DaemonSet = troupe.v1.DaemonSet.$Properties;
export type DaemonSetStatus = troupe.v1.DaemonSetStatus.$Properties;
export type Toleration = troupe.v1.Toleration.$Properties;
