// The one error class of the mesh. Every failure a caller can see has a stable `code`; an error
// thrown by a remote handler travels back in the reply's headers (the NATS micro service error
// headers plus Troupe-Mesh-Error-Code) and is rebuilt here on the calling side.
import { headers as natsHeaders } from "@nats-io/transport-node";
import type { MsgHdrs } from "@nats-io/transport-node";
import { MESH_ERROR_CODE_HEADER } from "../subjects.ts";

export const MESH_ERROR_CODES = [
  "TIMEOUT",
  "NO_RESPONDERS",
  "CIRCUIT_OPEN",
  "REMOTE_ERROR",
  "BAD_REQUEST",
  "UNKNOWN_METHOD",
  "PAYLOAD_TOO_LARGE",
  "CONNECTION",
  "FORBIDDEN",
] as const;
export type MeshErrorCode = (typeof MESH_ERROR_CODES)[number];

export interface MeshErrorDetails {
  /** The request subject, when the error concerns one call. */
  subject?: string;
  /** For REMOTE_ERROR: the code the remote handler's error carried (its `code`, else its `name`). */
  remoteCode?: string;
  cause?: unknown;
}

export class MeshError extends Error {
  override name = "MeshError";
  readonly code: MeshErrorCode;
  readonly subject: string | undefined;
  readonly remoteCode: string | undefined;

  constructor(code: MeshErrorCode, message: string, details: MeshErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.subject = details.subject;
    this.remoteCode = details.remoteCode;
  }
}

/** Codes a server sends back as themselves; any other handler error arrives as REMOTE_ERROR. */
const WIRE_CODES: ReadonlySet<string> = new Set<MeshErrorCode>(["BAD_REQUEST", "UNKNOWN_METHOD", "PAYLOAD_TOO_LARGE", "FORBIDDEN"]);

/** The NATS micro protocol wants a numeric status in Nats-Service-Error-Code; HTTP's are familiar. */
const STATUS_OF: Record<string, number> = { BAD_REQUEST: 400, FORBIDDEN: 403, UNKNOWN_METHOD: 404, PAYLOAD_TOO_LARGE: 413 };

export const SERVICE_ERROR_HEADER = "Nats-Service-Error";
export const SERVICE_ERROR_CODE_HEADER = "Nats-Service-Error-Code";

export interface WireError {
  /** HTTP-like status for Nats-Service-Error-Code. */
  status: number;
  code: string;
  message: string;
}

/** What a handler's throw becomes on the wire. */
export function toWireError(error: unknown): WireError {
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCodeOf(error);
  return { status: STATUS_OF[code] ?? 500, code, message };
}

function errorCodeOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
    if (typeof code === "number") return String(code);
    return error.name;
  }
  return "Error";
}

/** NATS header values cannot hold line breaks, and a header line should stay short. */
function headerSafe(text: string, limit: number): string {
  return text.replace(/[\r\n]+/g, " ").slice(0, limit);
}

export function wireErrorHeaders(error: WireError): MsgHdrs {
  const h = natsHeaders();
  h.set(SERVICE_ERROR_HEADER, headerSafe(error.message, 1024) || error.code);
  h.set(SERVICE_ERROR_CODE_HEADER, String(error.status));
  h.set(MESH_ERROR_CODE_HEADER, headerSafe(error.code, 128));
  return h;
}

/** The error a reply carries, or undefined for a successful reply. */
export function errorFromReply(h: MsgHdrs | undefined, subject: string, target: string): MeshError | undefined {
  if (!h) return undefined;
  const message = h.get(SERVICE_ERROR_HEADER);
  const status = h.get(SERVICE_ERROR_CODE_HEADER);
  if (!message && !status) return undefined;
  // Plain NATS micro services (not built with this SDK) send only the two standard headers.
  const code = h.get(MESH_ERROR_CODE_HEADER) || status || "500";
  if (WIRE_CODES.has(code)) {
    return new MeshError(code as MeshErrorCode, `${target}: ${message}`, { subject });
  }
  return new MeshError("REMOTE_ERROR", `${target} failed: ${message} (${code})`, { subject, remoteCode: code });
}
