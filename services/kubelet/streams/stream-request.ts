// What exec, attach and port-forward requests carry, checked before anything runs: the session id and the
// caller's inbox become NATS subjects, so they must be single plain tokens.
import type { ContainerHandle } from "../drivers/types.ts";

export interface StreamRequestBase {
  namespace: string;
  pod: string;
  session: string;
  deliverTo: string;
}

export interface ExecStreamRequest extends StreamRequestBase {
  container?: string;
  command: string[];
  stdin: boolean;
  tty: boolean;
}

export interface AttachStreamRequest extends StreamRequestBase {
  container?: string;
  stdin: boolean;
  tty: boolean;
}

export interface PortForwardStreamRequest extends StreamRequestBase {
  port: number;
}

/** Where exec and port-forward reach a pod on this node, or why not. */
export type StreamTargetLocator = (namespace: string, pod: string) => { podIP: string; defaultContainer: string | undefined; running: ContainerHandle[] } | string;

const SESSION_ID = /^[A-Za-z0-9]{8,64}$/;
const INBOX = /^[A-Za-z0-9_$.-]+$/;

function base(body: Record<string, unknown>): StreamRequestBase | string {
  const { namespace, pod, session, deliverTo } = body;
  if (typeof pod !== "string" || !pod) return "the request needs a pod";
  if (typeof session !== "string" || !SESSION_ID.test(session)) return "the request needs a session id of 8 to 64 letters and digits";
  if (typeof deliverTo !== "string" || !INBOX.test(deliverTo) || deliverTo.includes("..")) return "the request needs a deliverTo subject";
  return { namespace: typeof namespace === "string" && namespace ? namespace : "default", pod, session, deliverTo };
}

export function parseExecRequest(body: Record<string, unknown>): ExecStreamRequest | string {
  const common = base(body);
  if (typeof common === "string") return common;
  const { command, container } = body;
  if (!Array.isArray(command) || command.length === 0 || !command.every((part) => typeof part === "string")) return "the request needs a command (a non-empty list of strings)";
  if (container !== undefined && typeof container !== "string") return "container must be a string";
  return { ...common, command, container: container || undefined, stdin: body.stdin === true, tty: body.tty === true };
}

export function parseAttachRequest(body: Record<string, unknown>): AttachStreamRequest | string {
  const common = base(body);
  if (typeof common === "string") return common;
  const { container } = body;
  if (container !== undefined && typeof container !== "string") return "container must be a string";
  return { ...common, container: container || undefined, stdin: body.stdin === true, tty: body.tty === true };
}

export function parsePortForwardRequest(body: Record<string, unknown>): PortForwardStreamRequest | string {
  const common = base(body);
  if (typeof common === "string") return common;
  const { port } = body;
  if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) return "the request needs a port from 1 to 65535";
  return { ...common, port };
}
