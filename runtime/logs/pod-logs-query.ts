// The request of the API's podLogs verb (troupe.api.v1.podLogs, docs/nats-api.md): which pods'
// logs to read from the cluster's logs stream, as `troupe logs -l` asks, and its checks. Pure:
// every bad field is a FieldError naming it (the API answers 400 with them as Status causes).
import { fieldError, FieldErrorTypes, type FieldError } from "../codec/field-error.ts";
import { parseLabelSelector, SelectorParseError, type LabelSelector } from "../selectors/label-selector.ts";

/** As the client sends it (JSON). */
export interface PodLogsRequest {
  /** "" or absent: every namespace (-A). */
  namespace?: string;
  /** A pod by name (live or deleted within retention) instead of a selector. */
  name?: string;
  labelSelector?: string;
  container?: string;
  allContainers?: boolean;
  /** Last N lines per container; absent or -1: all. */
  tailLines?: number;
  /** RFC3339: only lines stored from then. */
  sinceTime?: string;
  /** Keep reading: every reply's continue token, polled, reads the lines written since, of pods
   * that start later too (never "" ). */
  follow?: boolean;
  /** At most this many lines per page (the API caps it at its own page size). */
  limit?: number;
  /** From the previous reply, to read the next page. */
  continue?: string;
}

/** The request once checked. */
export interface PodLogsQuery {
  namespace: string | undefined;
  name: string | undefined;
  selector: LabelSelector;
  container: string | undefined;
  allContainers: boolean;
  tail: number | undefined;
  since: Date | undefined;
  follow: boolean;
  /** Lines per page asked for; undefined: the API's page size. */
  limit: number | undefined;
  continueToken: string | undefined;
}

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const KNOWN_FIELDS = new Set(["namespace", "name", "labelSelector", "container", "allContainers", "tailLines", "sinceTime", "follow", "limit", "continue"]);

function optionalString(body: Record<string, unknown>, field: string, errors: FieldError[]): string | undefined {
  const value = body[field];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") {
    errors.push(fieldError(FieldErrorTypes.typeInvalid, field, "must be a string"));
    return undefined;
  }
  return value;
}

/** The checked query, or the field errors of `body`. */
export function parsePodLogsRequest(body: unknown): { query: PodLogsQuery } | { errors: FieldError[] } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { errors: [fieldError(FieldErrorTypes.typeInvalid, "<body>", "must be a JSON object")] };
  const record = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const field of Object.keys(record)) if (!KNOWN_FIELDS.has(field)) errors.push(fieldError(FieldErrorTypes.unknown, field, "unknown field"));
  const namespace = optionalString(record, "namespace", errors);
  const name = optionalString(record, "name", errors);
  const selectorText = optionalString(record, "labelSelector", errors);
  const container = optionalString(record, "container", errors);
  const sinceText = optionalString(record, "sinceTime", errors);
  const continueToken = optionalString(record, "continue", errors);
  let selector: LabelSelector = parseLabelSelector("");
  try {
    selector = parseLabelSelector(selectorText ?? "");
  } catch (error) {
    if (!(error instanceof SelectorParseError)) throw error;
    errors.push(fieldError(FieldErrorTypes.invalid, "labelSelector", error.message));
  }
  if (name !== undefined && selectorText !== undefined) errors.push(fieldError(FieldErrorTypes.forbidden, "labelSelector", "give a pod name or a label selector, not both"));
  if (name !== undefined && namespace === undefined) errors.push(fieldError(FieldErrorTypes.required, "namespace", "a pod named by name needs its namespace"));
  const allContainers = record.allContainers ?? false;
  if (typeof allContainers !== "boolean") errors.push(fieldError(FieldErrorTypes.typeInvalid, "allContainers", "must be true or false"));
  else if (allContainers && container !== undefined) errors.push(fieldError(FieldErrorTypes.forbidden, "allContainers", "not with container: name one container or all of them"));
  const tailLines = record.tailLines ?? -1;
  if (typeof tailLines !== "number" || !Number.isInteger(tailLines) || tailLines < -1) errors.push(fieldError(FieldErrorTypes.invalid, "tailLines", "must be a whole number >= 0, or -1 for all lines"));
  const limit = record.limit ?? 0;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0) errors.push(fieldError(FieldErrorTypes.invalid, "limit", "must be a whole number >= 1 (0 or absent: the API's page size)"));
  const follow = record.follow ?? false;
  if (typeof follow !== "boolean") errors.push(fieldError(FieldErrorTypes.typeInvalid, "follow", "must be true or false"));
  let since: Date | undefined;
  if (sinceText !== undefined) {
    if (!RFC3339.test(sinceText) || Number.isNaN(Date.parse(sinceText))) errors.push(fieldError(FieldErrorTypes.invalid, "sinceTime", `"${sinceText}" is not an RFC3339 time like 2026-12-04T19:30:00Z`));
    else since = new Date(sinceText);
  }
  if (errors.length > 0) return { errors };
  return {
    query: {
      namespace, name, selector, container,
      allContainers: allContainers as boolean,
      tail: tailLines === -1 ? undefined : (tailLines as number),
      since, continueToken,
      follow: follow as boolean,
      limit: limit === 0 ? undefined : (limit as number),
    },
  };
}
