// The meta.k8s.io Table as kube-apiserver writes it in JSON (metav1.Table and friends), and the
// options of a Table request (metav1.TableOptions, read from the query string).
import type { ObjectMetaJson } from "../../../runtime/api-client.ts";
import type { CellValue, ColumnType } from "../../../runtime/printers/column.ts";

/** meta.k8s.io/v1 or the older meta.k8s.io/v1beta1: kubectl asks for either. */
export type TableVersion = "v1" | "v1beta1";

/** What each row carries besides its cells; Kubernetes' default is Metadata. */
export type IncludeObject = "None" | "Metadata" | "Object";

export const INCLUDE_OBJECT_VALUES: readonly IncludeObject[] = ["Metadata", "None", "Object"];

export interface TableColumnDefinitionJson {
  name: string;
  type: ColumnType;
  /** "name" for the NAME column, "" otherwise (Go writes the empty string, it is not omitted). */
  format: string;
  description: string;
  priority: number;
}

export interface TableRowConditionJson {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export interface PartialObjectMetadataJson {
  kind: "PartialObjectMetadata";
  apiVersion: string;
  metadata: ObjectMetaJson;
}

export interface TableRowJson {
  cells: CellValue[];
  conditions?: TableRowConditionJson[];
  /** PartialObjectMetadata, the whole object, or null for includeObject=None. */
  object: PartialObjectMetadataJson | Record<string, unknown> | null;
}

export interface ListMetaJson {
  resourceVersion?: string;
  continue?: string;
  remainingItemCount?: number;
}

export interface TableJson {
  kind: "Table";
  apiVersion: string;
  metadata: ListMetaJson;
  columnDefinitions: TableColumnDefinitionJson[];
  rows: TableRowJson[];
}

export interface TableOptions {
  /** The kind of the objects: a list may be empty and still needs its columns. */
  kind: string;
  /** Default Metadata, as kube-apiserver. */
  includeObject?: IncludeObject;
  /** For a list: its resourceVersion and continue token. Without it a one-object table takes the object's resourceVersion. */
  listMeta?: ListMetaJson;
  /** Default v1. */
  version?: TableVersion;
  /** Leave columnDefinitions empty (TableOptions.noHeaders): what watch events after the first carry. */
  noHeaders?: boolean;
  /** Clock for AGE cells; default the current time. */
  now?: Date;
}

export type RowOptions = Pick<TableOptions, "includeObject" | "version" | "now"> & {
  /** Whose columns to use; default the object's own kind. */
  kind?: string;
};
