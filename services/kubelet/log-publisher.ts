// Publishes a container's output, line by line, on troupe.logs.<ns>.<pod>.<container> (captured
// by the TROUPE_LOGS stream), following its log file until the container's run ends.
import { headers, type NatsConnection } from "@nats-io/transport-node";
import type { Logger } from "../../runtime/log.ts";
import { LOG_POD_UID_HEADER, LOG_STREAM_HEADER, LOG_TIME_HEADER, logsSubject } from "../../runtime/subjects.ts";
import { readLog } from "./logs/read-log.ts";

export const LOG_RESTART_HEADER = "Troupe-Restart-Count";

export interface PublishedLog {
  namespace: string;
  pod: string;
  /** Tells this pod's lines from those of an earlier pod of the same name. */
  uid: string;
  container: string;
  restartCount: number;
  path: string;
  exited: Promise<unknown>;
}

const encoder = new TextEncoder();

export async function publishContainerLog(nc: NatsConnection, log: PublishedLog, logger?: Logger): Promise<void> {
  const subject = logsSubject(log.namespace, log.pod, log.container);
  try {
    for await (const line of readLog(log.path, { follow: true, until: log.exited })) {
      const lineHeaders = headers();
      lineHeaders.set(LOG_STREAM_HEADER, line.stream);
      lineHeaders.set(LOG_RESTART_HEADER, String(log.restartCount));
      lineHeaders.set(LOG_POD_UID_HEADER, log.uid);
      if (line.time) lineHeaders.set(LOG_TIME_HEADER, line.time);
      nc.publish(subject, encoder.encode(line.content), { headers: lineHeaders });
    }
  } catch (error) {
    logger?.debug("container log publishing ended", { subject, error });
  }
}
