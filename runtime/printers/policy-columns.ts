// Columns of PodDisruptionBudget (printPodDisruptionBudget).
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, nameColumn, type Column } from "./column.ts";

interface PodDisruptionBudgetJson {
  spec?: { minAvailable?: number | string; maxUnavailable?: number | string };
  status?: { disruptionsAllowed?: number };
}

const budget = (object: KubeObject) => object as unknown as PodDisruptionBudgetJson;
// Kubernetes prints an unset bound as N/A.
const bound = (value: number | string | undefined) => (value === undefined || value === null ? "N/A" : String(value));

export const podDisruptionBudgetColumns: Column[] = [
  nameColumn,
  column("Min Available", "The minimum number or percentage of available pods this budget requires.", (object) => bound(budget(object).spec?.minAvailable)),
  column("Max Unavailable", "The maximum number or percentage of unavailable pods this budget requires.", (object) => bound(budget(object).spec?.maxUnavailable)),
  {
    name: "Allowed Disruptions",
    type: "integer",
    description: "The number of evictions or deletions allowed.",
    priority: 0,
    cell: (object) => budget(object).status?.disruptionsAllowed ?? 0,
  },
  ageColumn,
];
