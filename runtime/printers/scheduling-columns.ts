// Columns of PriorityClass (kubectl's printPriorityClass): NAME, VALUE, GLOBAL-DEFAULT, AGE, PREEMPTIONPOLICY.
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, nameColumn, NAME_DESCRIPTION, type Column } from "./column.ts";

interface PriorityClassJson {
  value?: number;
  globalDefault?: boolean;
  preemptionPolicy?: string;
}

const priorityClass = (object: KubeObject) => object as unknown as PriorityClassJson;

export const priorityClassColumns: Column[] = [
  { ...nameColumn, description: NAME_DESCRIPTION },
  { ...column("Value", "value is the value of this priority class.", (object) => priorityClass(object).value ?? 0), type: "integer" },
  { ...column("Global-Default", "globalDefault specifies whether this PriorityClass should be considered as the default priority.", (object) => priorityClass(object).globalDefault ?? false), type: "boolean" },
  ageColumn,
  column("PreemptionPolicy", "preemptionPolicy is the Policy for preempting pods with lower priority.", (object) => priorityClass(object).preemptionPolicy ?? "PreemptLowerPriority"),
];
