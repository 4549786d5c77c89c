// The values a VerticalPodAutoscaler's fields take (the VPA CRD's enums) and their defaults.
export const UPDATE_MODES = ["Off", "Initial", "Recreate", "Auto"] as const;
export type UpdateMode = (typeof UPDATE_MODES)[number];
export const DEFAULT_UPDATE_MODE: UpdateMode = "Auto";
export const CONTAINER_MODES = ["Auto", "Off"] as const;
export const CONTROLLED_RESOURCES = ["cpu", "memory"] as const;
export const CONTROLLED_VALUES = ["RequestsAndLimits", "RequestsOnly"] as const;
export const VPA_TARGET_KINDS = ["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet"] as const;
/** The container policy that applies to every container without its own. */
export const ANY_CONTAINER = "*";
