// Reads a container's log from the kubelet of its node (troupe.kubelet.<node>.logs): the lines
// arrive on a private inbox until the end marker; a followed log is kept alive with keepalives.
import type { NatsConnection } from "@nats-io/transport-node";
import { connectionInbox } from "../auth/connection-inbox.ts";
import { AsyncQueue } from "../async-queue.ts";
import { kubeletLogsSubject, LOG_END_HEADER, LOG_STREAM_HEADER, LOG_TIME_HEADER } from "../subjects.ts";

export interface LogQuery {
  namespace: string;
  pod: string;
  container: string;
  previous?: boolean;
  tail?: number;
  follow?: boolean;
}

export interface LogOutputLine {
  stream: "stdout" | "stderr";
  text: string;
  /** When the kubelet recorded the line (ms since the epoch), if it did. */
  time?: number;
}

export class LogRequestError extends Error {
  override name = "LogRequestError";
  readonly code = "LOG_REQUEST_FAILED";
}

const KEEPALIVE_MS = 5000;

/** Streams the log lines; ends at the end of the log (or, following, when the container exits). */
export async function* readContainerLog(nc: NatsConnection, nodeName: string, query: LogQuery, signal?: AbortSignal): AsyncGenerator<LogOutputLine> {
  const inbox = connectionInbox(nc);
  const queue = new AsyncQueue<LogOutputLine>();
  const subscription = nc.subscribe(inbox, {
    callback: (error, msg) => {
      if (error) return queue.fail(error);
      const end = msg.headers?.get(LOG_END_HEADER);
      // The end marker can arrive in the same batch as the last lines: they are still delivered.
      if (end) return end === "true" ? queue.end() : queue.fail(new LogRequestError(end));
      const time = Date.parse(msg.headers?.get(LOG_TIME_HEADER) ?? "");
      queue.push({ stream: msg.headers?.get(LOG_STREAM_HEADER) === "stderr" ? "stderr" : "stdout", text: new TextDecoder().decode(msg.data), ...(Number.isNaN(time) ? {} : { time }) });
    },
  });
  let controlSubject = "";
  const keepalive = setInterval(() => void nc.request(controlSubject, "keepalive", { timeout: KEEPALIVE_MS }).catch(() => undefined), KEEPALIVE_MS);
  const stop = () => {
    if (controlSubject) nc.publish(controlSubject, "stop");
    queue.close();
  };
  signal?.addEventListener("abort", stop, { once: true });
  try {
    let reply;
    try {
      reply = await nc.request(kubeletLogsSubject(nodeName), JSON.stringify({ ...query, deliverTo: inbox }), { timeout: 5000 });
    } catch (error) {
      throw new LogRequestError(`the kubelet of node ${nodeName} does not answer (${(error as Error).message})`, { cause: error });
    }
    const answer = reply.json<{ controlSubject?: string; error?: string }>();
    if (answer.error) throw new LogRequestError(answer.error);
    controlSubject = answer.controlSubject ?? "";
    yield* queue;
  } finally {
    clearInterval(keepalive);
    signal?.removeEventListener("abort", stop);
    subscription.unsubscribe();
  }
}
