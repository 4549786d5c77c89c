// A node's heartbeat: a Lease record in the troupe-leases bucket, renewed every interval. The
// node lifecycle controller declares the node NotReady when renewals stop. Kept out of the state
// bucket so heartbeats of many nodes do not churn the objects everyone watches.
import { encodeMessage } from "../../runtime/codec/protobuf.ts";
import type { Logger } from "../../runtime/log.ts";
import { KeyExistsError, RevisionConflictError } from "../../runtime/store/errors.ts";
import type { Store } from "../../runtime/store/types.ts";
import { nodeLeaseKey } from "../../runtime/subjects.ts";

export interface NodeHeartbeatOptions {
  store: Store;
  nodeName: string;
  intervalMs: number;
  logger?: Logger;
  now?: () => Date;
}

export class NodeHeartbeat {
  private readonly options: NodeHeartbeatOptions;
  private timer: NodeJS.Timeout | undefined;
  private revision: number | undefined;
  private acquireTime = "";

  constructor(options: NodeHeartbeatOptions) {
    this.options = options;
  }

  async start(): Promise<void> {
    this.acquireTime = this.now().toISOString();
    await this.beat();
    this.timer = setInterval(() => void this.beat(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** The one writer of this key; a lost compare-and-set means another run of this node wrote: re-read. */
  async beat(): Promise<void> {
    const { store, nodeName, intervalMs } = this.options;
    const key = nodeLeaseKey(nodeName);
    const value = encodeMessage("Lease", {
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease",
      metadata: { name: nodeName, namespace: "kube-node-lease" },
      spec: { holderIdentity: nodeName, leaseDurationSeconds: Math.max(1, Math.ceil((intervalMs * 4) / 1000)), acquireTime: this.acquireTime, renewTime: this.now().toISOString() },
    });
    try {
      this.revision = this.revision === undefined ? await store.create(key, value) : await store.update(key, value, this.revision);
    } catch (error) {
      if (error instanceof KeyExistsError || error instanceof RevisionConflictError) {
        this.revision = (await store.get(key))?.revision;
        return;
      }
      this.options.logger?.warn("node heartbeat failed", { node: nodeName, error });
    }
  }
}
