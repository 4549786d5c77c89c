// Shapes the disruption decisions read: message-form objects from the generated types.
import type { troupe } from "../../../proto/gen/troupe.js";

export type Pod = troupe.v1.Pod.$Properties;
export type PodDisruptionBudget = troupe.v1.PodDisruptionBudget.$Properties;
export type PodDisruptionBudgetStatus = troupe.v1.PodDisruptionBudgetStatus.$Properties;
export type Condition = troupe.v1.Condition.$Properties;
export type IntOrString = troupe.v1.IntOrString.$Properties;
