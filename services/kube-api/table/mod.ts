// kube-api's Table output and the Accept negotiation that asks for it.
export { includeObjectFrom, negotiateOutput, parseAccept, SERVED_MEDIA_TYPES, type MetaTransformKind, type OutputNegotiation } from "./accept.ts";
export { NotAcceptableError } from "./errors.ts";
export { columnDefinitions, partialObjectMetadata, tableRow, toTable, watchTables } from "./table.ts";
export type {
  IncludeObject, ListMetaJson, PartialObjectMetadataJson, RowOptions, TableColumnDefinitionJson, TableJson, TableOptions, TableRowJson, TableVersion,
} from "./types.ts";
