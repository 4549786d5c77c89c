// Starts an exec or port-forward session with a kubelet: the caller picks the session id and
// listens on its inbox before asking, so no frame the kubelet sends after accepting is lost.
import { randomUUID } from "node:crypto";
import type { NatsConnection } from "@nats-io/transport-node";
import { connectionInbox } from "../auth/connection-inbox.ts";
import { request } from "../messaging.ts";
import { kubeletStreamSessionSubject } from "../subjects.ts";
import { StreamSession, type StreamSessionOptions } from "./stream-session.ts";

export class StreamRequestError extends Error {
  override name = "StreamRequestError";
  readonly code = "STREAM_REQUEST_FAILED";
}

const REQUEST_TIMEOUT_MS = 10_000;
const encoder = new TextEncoder();

export async function openStreamSession(
  nc: NatsConnection,
  nodeName: string,
  subject: string,
  subjectGroup: string,
  body: object,
  handlers: Pick<StreamSessionOptions, "onFrame" | "onClose">,
): Promise<{ session: StreamSession; answer: Record<string, unknown> }> {
  const sessionId = randomUUID().replaceAll("-", "");
  const inbox = connectionInbox(nc);
  const session = new StreamSession(nc, { peer: kubeletStreamSessionSubject(nodeName, sessionId), inbox, ...handlers });
  let answer: Record<string, unknown> & { error?: string };
  try {
    const reply = await request(nc, subject, encoder.encode(JSON.stringify({ ...body, session: sessionId, deliverTo: inbox })), { timeoutMs: REQUEST_TIMEOUT_MS, subjectGroup });
    answer = reply.json();
  } catch (error) {
    session.close("request failed");
    throw new StreamRequestError(`the kubelet of node ${nodeName} does not answer (${(error as Error).message})`, { cause: error });
  }
  if (answer.error) {
    session.close(answer.error);
    throw new StreamRequestError(answer.error);
  }
  return { session, answer };
}
