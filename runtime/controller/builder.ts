// Declarative controller wiring, controller-runtime's builder: name the primary resource
// (`for`), the resources it controls (`owns`) and anything else that should wake it
// (`watches`), and get a Controller whose event plumbing is done once, here.
import type { ResourceInfo } from "../codec/resources.ts";
import type { ApiObject } from "../store/object-repository.ts";
import { Controller } from "./controller.ts";
import type { ControllerOptions, EventSource } from "./controller.ts";
import { requestOf } from "./reconciler.ts";
import type { Reconciler, ReconcileRequest } from "./reconciler.ts";
import type { SharedInformerFactory } from "./shared-informers.ts";

/** Maps a watched object to the requests it should wake (possibly none). */
export type MapFunction = (object: ApiObject) => ReconcileRequest[];

export class ControllerBuildError extends Error {
  override name = "ControllerBuildError";
  readonly code = "CONTROLLER_BUILD";
  readonly controller: string;
  constructor(controller: string, message: string) {
    super(`controller ${controller}: ${message}`);
    this.controller = controller;
  }
}

interface Watch {
  info: ResourceInfo;
  map: MapFunction;
}

export class ControllerBuilder {
  readonly name: string;
  #primary: ResourceInfo | undefined;
  readonly #owned: ResourceInfo[] = [];
  readonly #watches: Watch[] = [];
  #reconciler: Reconciler | undefined;
  #options: ControllerOptions = {};

  constructor(name: string) {
    this.name = name;
  }

  /** The primary resource: a change of an object reconciles that object. Exactly once. */
  for(info: ResourceInfo): this {
    if (this.#primary) throw new ControllerBuildError(this.name, `for() given twice (${this.#primary.kind}, ${info.kind})`);
    this.#primary = info;
    return this;
  }

  /** A controlled resource: a change of an object reconciles its controlling owner of the primary kind. */
  owns(info: ResourceInfo): this {
    this.#owned.push(info);
    return this;
  }

  /** Any resource, with the requests each of its objects should wake. */
  watches(info: ResourceInfo, map: MapFunction): this {
    this.#watches.push({ info, map });
    return this;
  }

  withReconciler(reconciler: Reconciler): this {
    this.#reconciler = reconciler;
    return this;
  }

  withOptions(options: ControllerOptions): this {
    this.#options = { ...this.#options, ...options };
    return this;
  }

  build(factory: SharedInformerFactory): Controller {
    const primary = this.#primary;
    if (!primary) throw new ControllerBuildError(this.name, "no primary resource; call for()");
    if (!this.#reconciler) throw new ControllerBuildError(this.name, "no reconciler; call withReconciler()");
    const sources: EventSource[] = [
      { informer: factory.informer(primary), map: (object) => [requestOf(object)] },
      ...this.#owned.map((info) => ({ informer: factory.informer(info), map: (object: ApiObject) => controllerOwnerRequests(primary, object) })),
      ...this.#watches.map(({ info, map }) => ({ informer: factory.informer(info), map })),
    ];
    return new Controller({ name: this.name, reconciler: this.#reconciler, sources, options: this.#options });
  }
}

/**
 * The owner to wake for a controlled object: the owner reference marked `controller: true` whose
 * kind and API group are the primary's. Owners live in the object's namespace, or in none when
 * the primary is cluster-scoped (Kubernetes forbids cross-namespace owners).
 */
export function controllerOwnerRequests(primary: ResourceInfo, object: ApiObject): ReconcileRequest[] {
  const owner = object.metadata?.ownerReferences?.find((reference) => reference.controller === true);
  if (!owner || owner.kind !== primary.kind || groupOf(owner.apiVersion ?? "") !== primary.group || !owner.name) return [];
  return [{ namespace: primary.namespaced ? (object.metadata?.namespace ?? "") : "", name: owner.name }];
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
