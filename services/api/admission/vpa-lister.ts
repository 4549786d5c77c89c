// The VerticalPodAutoscalers of a namespace for the VPA admission step on every pod create, read
// from memory: an informer on the API's own repository (as the VPA admission controller reads
// VPAs from its lister), not a consistent list of the store, which costs a JetStream round trip
// and a scan of every cached key per pod. Like Kubernetes' lister it can lag a VPA written a
// moment ago by another replica; a pod admitted in that moment keeps its requests.
import type { troupe } from "../../../proto/gen/troupe.js";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { Logger } from "../../../runtime/log.ts";
import { Informer } from "../../../runtime/store/informer.ts";
import type { ApiObject, ObjectRepository } from "../../../runtime/store/object-repository.ts";

export type VpaObject = troupe.v1.VerticalPodAutoscaler.$Properties & ApiObject;

export const VERTICAL_POD_AUTOSCALERS = findResource("verticalpodautoscalers") as ResourceInfo;

export interface VpaLister {
  /** The VPAs of `namespace` as last seen. */
  inNamespace(namespace: string): readonly VpaObject[];
}

export class InformerVpaLister implements VpaLister {
  readonly #informer: Informer<VpaObject>;
  /** namespace -> VPAs, rebuilt on the first read after a change. */
  #byNamespace: Map<string, VpaObject[]> | undefined;

  constructor(repo: ObjectRepository, logger?: Logger) {
    this.#informer = new Informer<VpaObject>({ repo, info: VERTICAL_POD_AUTOSCALERS, logger });
    const invalidate = () => (this.#byNamespace = undefined);
    this.#informer.addHandlers({ onAdd: invalidate, onUpdate: invalidate, onDelete: invalidate });
  }

  /** Resolves once the informer holds the current VPAs. */
  start(): Promise<void> {
    return this.#informer.start();
  }

  stop(): void {
    this.#informer.stop();
  }

  inNamespace(namespace: string): readonly VpaObject[] {
    if (!this.#byNamespace) {
      const index = new Map<string, VpaObject[]>();
      for (const vpa of this.#informer.list()) {
        const key = vpa.metadata?.namespace ?? "";
        const list = index.get(key);
        if (list) list.push(vpa);
        else index.set(key, [vpa]);
      }
      this.#byNamespace = index;
    }
    return this.#byNamespace.get(namespace) ?? [];
  }
}
