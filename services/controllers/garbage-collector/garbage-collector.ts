// The garbage collector: one pass builds a snapshot of every object that can own or be owned
// from the informers, plans with planGarbageCollection, and applies the commands (GcApplier).
// A pass runs periodically and shortly after a change that matters to ownership (not, say, a pod
// status update): events are batched by the controller's event delay, so a cascade of thousands
// of deletions costs a few passes.
import { Controller, type ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { CONFIG_MAPS, CONTROLLER_REVISIONS, DAEMON_SETS, DEPLOYMENTS, ENDPOINTS, PERSISTENT_VOLUME_CLAIMS, PODS, REPLICA_SETS, SERVICES, STATEFUL_SETS } from "../resources.ts";
import { ownerUids } from "./dependents.ts";
import { GcApplier, type GcApplierDeps } from "./gc-applier.ts";
import { planGarbageCollection } from "./plan-collection.ts";
import type { GcObject } from "./types.ts";

export const GARBAGE_COLLECTOR = "garbage-collector";

/** The kinds whose objects own or are owned in practice; owners of other kinds are read live. */
export const GC_RESOURCES = [PODS, REPLICA_SETS, DEPLOYMENTS, STATEFUL_SETS, DAEMON_SETS, SERVICES, ENDPOINTS, CONFIG_MAPS, PERSISTENT_VOLUME_CLAIMS, CONTROLLER_REVISIONS] as const;

const COVERED_KINDS = new Set<string>(GC_RESOURCES.map((info) => info.kind));

/** The one key of the collector's workqueue: every event wakes the same whole-snapshot pass. */
const PASS: ReconcileRequest = { namespace: "", name: "pass" };

export interface GarbageCollectorDeps extends GcApplierDeps {
  informers: readonly Informer[];
  /** A pass runs at least this often, whatever the events. */
  resyncPeriodMs: number;
}

export class GarbageCollector implements Reconciler {
  readonly #deps: GarbageCollectorDeps;
  readonly #applier: GcApplier;
  /** Uids named in owner references at the last pass: the deletion of one of these matters. */
  #referencedOwners = new Set<string>();
  /**
   * Owners of kinds the snapshot does not hold that a live read found alive, remembered until
   * the next resync so their dependents do not cost a read every pass.
   */
  readonly #aliveOutside = new Map<string, number>();
  /** Uids of every object in the covered informers, to tell a known owner from a missing one. */
  readonly #knownUids = new Set<string>();
  /** A change that matters happened since the last pass began (also while not leading). */
  #dirty = true;
  #lastPass = Number.NEGATIVE_INFINITY;

  constructor(deps: GarbageCollectorDeps) {
    this.#deps = deps;
    this.#applier = new GcApplier(deps);
    // Informer handlers run before the controller's (registered later), so `wakes` sees the flag.
    for (const informer of deps.informers) {
      informer.addHandlers({
        onAdd: (object) => {
          if (object.metadata?.uid) this.#knownUids.add(object.metadata.uid);
          // A new dependent of an owner we know is no garbage: only an unknown owner (gone, or
          // not seen yet) or a deletion mark makes a pass worth its cost.
          this.#touch(isDeleting(object) || ownerUids(object).some((uid) => !this.#knownUids.has(uid)));
        },
        onUpdate: (previous, object) => this.#touch(ownershipChanged(previous, object)),
        onDelete: (object) => {
          this.#knownUids.delete(object.metadata?.uid ?? "");
          // An owner went (its dependents may be orphans), or a dependent went (an owner being
          // deleted in the foreground may be waiting for exactly that).
          this.#touch(this.#referencedOwners.has(object.metadata?.uid ?? "") || ownerUids(object).length > 0);
        },
      });
    }
  }

  /** Whether a pass is due: a change that matters, or none for a whole resync period. */
  wakes(): boolean {
    return this.#dirty || performance.now() - this.#lastPass > this.#deps.resyncPeriodMs;
  }

  async reconcile(): Promise<ReconcileResult> {
    const { metrics, resyncPeriodMs } = this.#deps;
    const started = performance.now();
    this.#dirty = false;
    this.#lastPass = started;
    const objects: GcObject[] = this.#deps.informers.flatMap((informer) => informer.list());
    const existing = new Set<string>();
    for (const object of objects) if (object.metadata?.uid) existing.add(object.metadata.uid);
    for (const [uid, until] of this.#aliveOutside) {
      if (until < started) this.#aliveOutside.delete(uid);
      else existing.add(uid);
    }
    this.#referencedOwners = new Set(objects.flatMap(ownerUids));
    const commands = planGarbageCollection(objects, existing);
    try {
      if (commands.length === 0) return { requeueAfterMs: resyncPeriodMs };
      const byUid = new Map(objects.map((object) => [object.metadata?.uid ?? "", object]));
      const { aliveOwners, error } = await this.#applier.apply(commands, byUid);
      for (const owner of aliveOwners) {
        if (!COVERED_KINDS.has(owner.kind ?? "")) this.#aliveOutside.set(owner.uid ?? "", started + resyncPeriodMs);
      }
      if (error !== undefined) throw error;
      return { requeueAfterMs: resyncPeriodMs };
    } finally {
      metrics.gcPasses.inc();
      metrics.gcObjects.set(objects.length);
      metrics.gcPassDuration.observe((performance.now() - started) / 1000);
    }
  }

  #touch(matters: boolean): void {
    if (matters) this.#dirty = true;
  }
}

function isDeleting(object: ApiObject): boolean {
  return Boolean(object.metadata?.deletionTimestamp);
}

const joined = (values: readonly (string | null | undefined)[] | null | undefined) => (values ?? []).join(",");

/** Owner references, deletion state or finalizers changed: what the plan reads. */
function ownershipChanged(previous: ApiObject, object: ApiObject): boolean {
  const [before, after] = [previous.metadata, object.metadata];
  return joined(before?.ownerReferences?.map((reference) => reference.uid)) !== joined(after?.ownerReferences?.map((reference) => reference.uid))
    || (before?.deletionTimestamp ?? "") !== (after?.deletionTimestamp ?? "")
    || joined(before?.finalizers) !== joined(after?.finalizers);
}

export type GarbageCollectorControllerDeps = Omit<GarbageCollectorDeps, "informers">;

export function buildGarbageCollector(factory: SharedInformerFactory, deps: GarbageCollectorControllerDeps, options: ControllerOptions): Controller {
  const informers = GC_RESOURCES.map((info) => factory.informer(info));
  const collector = new GarbageCollector({ ...deps, informers });
  return new Controller({
    name: GARBAGE_COLLECTOR,
    reconciler: collector,
    sources: informers.map((informer) => ({ informer, map: () => (collector.wakes() ? [PASS] : []) })),
    options,
  });
}
