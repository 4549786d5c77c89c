// Shapes the Deployment decisions read: message-form objects from the generated types.
import type { troupe } from "../../../proto/gen/troupe.js";

export type { Pod, ReplicaSet } from "../replicaset/types.ts";
export type Deployment = troupe.v1.Deployment.$Properties;
export type DeploymentStatus = troupe.v1.DeploymentStatus.$Properties;
export type Condition = troupe.v1.Condition.$Properties;
export type PodTemplateSpec = troupe.v1.PodTemplateSpec.$Properties;
export type IntOrString = troupe.v1.IntOrString.$Properties;
