// Which of two copies of one pod is the later. A pod worker holds the pod from two sources, the
// informer and the replies to its own status writes, and they race: the informer often delivers
// a later version (the deletion's deletionTimestamp) before the reply to an earlier write arrives.
// resourceVersion is the state stream's sequence, one monotonic space for the cluster
// (docs/architecture.md), so the higher one is the later.
import type { Pod } from "./container-spec.ts";

/** The later of the copy held and a write's reply; the reply on a tie or an unreadable version. */
export function laterPod(held: Pod, reply: Pod): Pod {
  return Number(held.metadata?.resourceVersion) > Number(reply.metadata?.resourceVersion) ? held : reply;
}
