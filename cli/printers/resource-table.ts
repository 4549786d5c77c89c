// Builds `troupe get` tables from the shared column definitions (runtime/printers): the kind's
// columns (NAME AGE for kinds without their own, as kubectl shows custom resources), plus
// NAMESPACE with -A, LABELS with --show-labels and the priority 1 columns with -o wide.
import type { KubeObject } from "../../runtime/api-client.ts";
import { ageColumn, formatLabels, nameColumn, type Column } from "../../runtime/printers/column.ts";
import { columnsForKind } from "../../runtime/printers/columns-by-kind.ts";
import { kindRef } from "../object-ref.ts";
import type { TableRow } from "../table.ts";

const GENERIC_COLUMNS: readonly Column[] = [nameColumn, ageColumn];

export interface TableOptions {
  wide: boolean;
  /** Adds a leading NAMESPACE column (for namespaced kinds listed with -A). */
  namespaceColumn: boolean;
  showLabels: boolean;
  /** Writes names as "deployment.apps/web": used when one command prints several kinds. */
  kindPrefix: boolean;
}

export interface ResourceTable {
  header: TableRow;
  row(object: KubeObject, now: number): TableRow;
}

export function resourceTable(kind: string, options: TableOptions): ResourceTable {
  const columns = (columnsForKind(kind) ?? GENERIC_COLUMNS).filter((column) => options.wide || column.priority === 0);
  // kubectl upper-cases the server's column names.
  const header = columns.map((column) => column.name.toUpperCase());
  if (options.namespaceColumn) header.unshift("NAMESPACE");
  if (options.showLabels) header.push("LABELS");
  return {
    header,
    row(object, now) {
      const cells = columns.map((column) => {
        const cell = String(column.cell(object, { now, wide: options.wide }));
        return column.format === "name" && options.kindPrefix ? `${kindRef(object)}/${cell}` : cell;
      });
      if (options.namespaceColumn) cells.unshift(object.metadata?.namespace ?? "");
      if (options.showLabels) cells.push(formatLabels(object.metadata?.labels));
      return cells;
    },
  };
}
