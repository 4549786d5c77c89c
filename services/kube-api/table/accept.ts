// Content negotiation as kube-apiserver does it (negotiation.NegotiateOutputMediaType): the
// Accept clauses in order of preference (q, then specificity), the first one we can serve wins.
// A clause may ask for the object transformed into a meta.k8s.io kind with `as`, `v` and `g`
// parameters (`application/json;as=Table;v=v1;g=meta.k8s.io`); a transform we cannot do skips
// the clause, so kubectl's fallback `application/json` still matches. Table options
// (includeObject) come from the query string, as in Kubernetes, not from the media type.
import { BadRequestError } from "../../../runtime/api-errors.ts";
import { NotAcceptableError } from "./errors.ts";
import { INCLUDE_OBJECT_VALUES, type IncludeObject, type TableVersion } from "./types.ts";

export const SERVED_MEDIA_TYPES: readonly string[] = ["application/json", "application/yaml"];

export type MetaTransformKind = "Table" | "PartialObjectMetadata" | "PartialObjectMetadataList";

export interface OutputNegotiation {
  /** The serializer to answer with, e.g. application/json. */
  mediaType: string;
  /** Set when the chosen clause asked for a Table, with its options. */
  table?: { version: TableVersion; includeObject: IncludeObject };
  /** Set when it asked for PartialObjectMetadata(List) (the metadata-only client). */
  partialObjectMetadata?: { version: TableVersion; list: boolean };
  /** `;pretty=1`: indent the JSON. */
  pretty: boolean;
}

interface AcceptClause {
  type: string;
  subType: string;
  q: number;
  params: Map<string, string>;
}

/** goautoneg.ParseAccept: clauses with their parameters, best first. */
export function parseAccept(header: string): AcceptClause[] {
  const clauses: AcceptClause[] = [];
  for (const part of header.split(",")) {
    const [range, ...parameters] = part.split(";").map((piece) => piece.trim());
    const [type, subType] = (range ?? "").split("/").map((piece) => piece.trim().toLowerCase());
    if (!type || !subType) continue;
    const params = new Map<string, string>();
    let q = 1;
    for (const parameter of parameters) {
      const equals = parameter.indexOf("=");
      if (equals < 0) continue;
      const key = parameter.slice(0, equals).trim();
      const value = parameter.slice(equals + 1).trim().replace(/^"(.*)"$/, "$1");
      if (key === "q") q = Number.parseFloat(value) || 0;
      else params.set(key, value);
    }
    clauses.push({ type, subType, q, params });
  }
  // Stable: equally preferred clauses keep the client's order.
  return clauses
    .map((clause, index) => ({ clause, index }))
    .sort((a, b) => b.clause.q - a.clause.q || specificity(b.clause) - specificity(a.clause) || a.index - b.index)
    .map(({ clause }) => clause);
}

function specificity(clause: AcceptClause): number {
  return (clause.type === "*" ? 0 : 1) + (clause.subType === "*" ? 0 : 1);
}

function matches(clause: AcceptClause, mediaType: string): boolean {
  const [type, subType] = mediaType.split("/");
  return (clause.type === type && (clause.subType === subType || clause.subType === "*")) || (clause.type === "*" && clause.subType === "*");
}

/** The meta.k8s.io transform a clause asks for; null when it asks for one we cannot do. */
function transformOf(clause: AcceptClause, mediaType: string): { kind: MetaTransformKind; version: TableVersion } | undefined | null {
  const kind = clause.params.get("as");
  const version = clause.params.get("v");
  const group = clause.params.get("g");
  if (kind === undefined && version === undefined && group === undefined) return undefined;
  if (group !== "meta.k8s.io" || (version !== "v1" && version !== "v1beta1")) return null;
  if (kind === "Table") return mediaType === "application/json" || mediaType === "application/yaml" ? { kind, version } : null;
  if (kind === "PartialObjectMetadata" || kind === "PartialObjectMetadataList") return { kind, version };
  return null;
}

/**
 * Picks the response media type for an Accept header and the request's query string. Throws
 * NotAcceptableError (406) when nothing can be served, BadRequestError (400) for an unknown
 * includeObject.
 */
export function negotiateOutput(accept: string | undefined, query: URLSearchParams | string = "", served: readonly string[] = SERVED_MEDIA_TYPES): OutputNegotiation {
  // No Accept header: the first served type, untransformed.
  if (!accept || accept.trim() === "") return { mediaType: served[0], pretty: false };
  for (const clause of parseAccept(accept)) {
    for (const mediaType of served) {
      if (!matches(clause, mediaType)) continue;
      const transform = transformOf(clause, mediaType);
      if (transform === null) continue;
      const negotiation: OutputNegotiation = { mediaType, pretty: clause.params.get("pretty") === "1" };
      if (transform?.kind === "Table") negotiation.table = { version: transform.version, includeObject: includeObjectFrom(query) };
      else if (transform) negotiation.partialObjectMetadata = { version: transform.version, list: transform.kind === "PartialObjectMetadataList" };
      return negotiation;
    }
  }
  throw new NotAcceptableError(served);
}

/** The includeObject query parameter (metav1.TableOptions), Metadata when absent. */
export function includeObjectFrom(query: URLSearchParams | string): IncludeObject {
  const value = (typeof query === "string" ? new URLSearchParams(query) : query).get("includeObject");
  if (value === null || value === "") return "Metadata";
  if ((INCLUDE_OBJECT_VALUES as readonly string[]).includes(value)) return value as IncludeObject;
  const supported = INCLUDE_OBJECT_VALUES.map((allowed) => `"${allowed}"`).join(", ");
  throw new BadRequestError(`Unable to convert to Table as requested: includeObject: Unsupported value: "${value}": supported values: ${supported}`);
}
