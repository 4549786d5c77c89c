// Keeps this node's entries of the troupe-log-pods bucket: a record when a pod starts here and
// the same record marked deleted once the pod leaves the API, so `troupe logs -l` still finds a
// deleted pod's lines while the stream keeps them. A failed write is logged, never fatal: the
// pod runs either way and its lines are in the stream.
import type { Logger } from "../../runtime/log.ts";
import type { LogPodsBucket } from "../../runtime/logs/log-pods-bucket.ts";
import { logPodRecord } from "../../runtime/logs/log-pod-record.ts";
import type { Pod } from "./pod/container-spec.ts";

export class LogPodRecords {
  private readonly bucket: LogPodsBucket;
  private readonly logger: Logger;
  private readonly recorded = new Set<string>();

  constructor(bucket: LogPodsBucket, logger: Logger) {
    this.bucket = bucket;
    this.logger = logger;
  }

  /** The first time this kubelet runs the pod (again after a kubelet restart: the record is refreshed). */
  started(pod: Pod): void {
    const uid = pod.metadata?.uid ?? "";
    if (!uid || this.recorded.has(uid)) return;
    this.recorded.add(uid);
    this.write(pod, false);
  }

  deleted(pod: Pod): void {
    const uid = pod.metadata?.uid ?? "";
    // Only pods this kubelet recorded: a pod bound here that never started has no lines.
    if (!this.recorded.delete(uid)) return;
    this.write(pod, true);
  }

  private write(pod: Pod, deleted: boolean): void {
    const record = logPodRecord(pod, new Date(), deleted);
    this.bucket.put(record).catch((error) => this.logger.warn("writing the pod's log record failed", { pod: `${record.namespace}/${record.name}`, deleted, error }));
  }
}
