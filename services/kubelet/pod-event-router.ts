// One handler on the shared pod informer that hands each pod event to the kubelet of the pod's
// node. With 1,000 hollow nodes in one process, registering every kubelet on the informer would
// call 1,000 handlers per event only for 999 of them to ignore it.
import type { SpanContext } from "@opentelemetry/api";
import type { Informer } from "../../runtime/store/informer.ts";
import type { Pod } from "./pod/container-spec.ts";

export interface PodEventSink {
  /** `trigger`: the trace context of the change, for real changes only (runtime/store/change-trigger.ts). */
  podChanged(pod: Pod, trigger?: SpanContext): void;
  podDeleted(pod: Pod): void;
}

export class PodEventRouter {
  private readonly sinks = new Map<string, PodEventSink>();
  private readonly pods: Informer;

  constructor(pods: Informer) {
    this.pods = pods;
    pods.addHandlers({
      onAdd: (pod, trigger) => this.sinkOf(pod as Pod)?.podChanged(pod as Pod, trigger),
      onUpdate: (_, pod, trigger) => this.sinkOf(pod as Pod)?.podChanged(pod as Pod, trigger),
      onDelete: (pod) => this.sinkOf(pod as Pod)?.podDeleted(pod as Pod),
    });
  }

  add(nodeName: string, sink: PodEventSink): void {
    this.sinks.set(nodeName, sink);
  }

  /** Resolves once every pod that existed at start has been handed to its kubelet. */
  whenSynced(): Promise<void> {
    return this.pods.whenSynced();
  }

  private sinkOf(pod: Pod): PodEventSink | undefined {
    const node = pod.spec?.nodeName;
    return node ? this.sinks.get(node) : undefined;
  }
}
