// Columns of ServiceAccount (printServiceAccount): how many token Secrets it lists.
import type { KubeObject } from "../api-client.ts";
import { ageColumn, nameColumn, type Column } from "./column.ts";

export const serviceAccountColumns: Column[] = [
  nameColumn,
  {
    name: "Secrets",
    type: "integer",
    description: "Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use.",
    priority: 0,
    cell: (object: KubeObject) => ((object as { secrets?: unknown[] }).secrets ?? []).length,
  },
  ageColumn,
];
