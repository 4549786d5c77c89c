// Applies a garbage-collection plan through the API. The plan comes from informer snapshots,
// which can lag (a pod may be seen before the ReplicaSet that just created it), so before
// deleting a dependent, or dropping its reference, on an owner's account, the owner is read
// live: deletion goes ahead only if it is really gone (or a namesake with another uid) or is
// itself being deleted in the foreground, as Kubernetes' attemptToDeleteItem does.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { findResourceByKind, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { isConflict, isNotFound } from "../errors.ts";
import type { ControllersMetrics, GcCommandLabel, GcOutcome } from "../metrics.ts";
import { withoutOwnerReference } from "../ownership.ts";
import { forEachLimited } from "../parallel.ts";
import { GcFinalizers, type GcCommand, type GcObject, type OwnerReference } from "./types.ts";

/**
 * alive = keeps its dependents; waiting = being deleted in the foreground (its dependents go
 * first); orphaning = being deleted with the orphan policy (its dependents stay, released);
 * gone = absent, or a namesake with another uid.
 */
type OwnerState = "alive" | "waiting" | "orphaning" | "gone";

export interface GcApplierDeps {
  client: TypedApiClient;
  metrics: ControllersMetrics;
  logger: Logger;
  /** API writes in flight at once. */
  concurrency: number;
}

export interface GcApplyResult {
  /** Owners a live read found alive although the snapshot had them gone. */
  aliveOwners: OwnerReference[];
  /** The first failure; conflicts first, so the pass is retried quietly. */
  error: unknown;
}

const COMMAND_LABELS: Record<GcCommand["kind"], GcCommandLabel> = {
  delete: "delete",
  removeOwnerReference: "remove_owner_reference",
  removeFinalizer: "remove_finalizer",
};

function infoOf(object: { apiVersion?: string | null; kind?: string | null }): ResourceInfo | undefined {
  return findResourceByKind(object.apiVersion ?? "", object.kind ?? "");
}

export class GcApplier {
  readonly #deps: GcApplierDeps;

  constructor(deps: GcApplierDeps) {
    this.#deps = deps;
  }

  /** `byUid` holds the snapshot's objects: the dependents the commands name. */
  async apply(commands: readonly GcCommand[], byUid: ReadonlyMap<string, GcObject>): Promise<GcApplyResult> {
    // One live read per owner per pass, however many dependents it has.
    const owners = new Map<string, Promise<OwnerState>>();
    const ownerState = (dependent: GcObject, reference: OwnerReference): Promise<OwnerState> => {
      const uid = reference.uid ?? "";
      let state = owners.get(uid);
      if (!state) {
        state = this.#readOwner(dependent, reference);
        owners.set(uid, state);
      }
      return state;
    };
    const aliveOwners = new Map<string, OwnerReference>();
    const conflicts: unknown[] = [];
    const failures: unknown[] = [];
    await forEachLimited(commands, this.#deps.concurrency, async (command) => {
      let outcome: GcOutcome;
      try {
        outcome = await this.#applyOne(command, byUid, async (dependent, reference) => {
          const state = await ownerState(dependent, reference);
          if (state === "alive") aliveOwners.set(reference.uid ?? "", reference);
          return state;
        });
      } catch (error) {
        outcome = "error";
        (isConflict(error) ? conflicts : failures).push(error);
        if (!isConflict(error)) this.#deps.logger.warn("garbage collection command failed", { command: command.kind, object: `${command.ref.kind}/${command.ref.namespace}/${command.ref.name}`, error });
      }
      this.#deps.metrics.gcCommands.inc({ command: COMMAND_LABELS[command.kind], outcome });
    });
    return { aliveOwners: [...aliveOwners.values()], error: conflicts[0] ?? failures[0] };
  }

  async #applyOne(command: GcCommand, byUid: ReadonlyMap<string, GcObject>, ownerState: (dependent: GcObject, reference: OwnerReference) => Promise<OwnerState>): Promise<GcOutcome> {
    const { client } = this.#deps;
    const object = byUid.get(command.ref.uid);
    const info = infoOf(command.ref);
    if (!object || !info) return "skipped";
    const references = object.metadata?.ownerReferences ?? [];
    if (command.kind === "delete") {
      const states = await Promise.all(references.map((reference) => ownerState(object, reference)));
      if (states.some((state) => state === "alive" || state === "orphaning")) return "skipped";
      const { namespace, name, uid } = command.ref;
      return this.#write(() => client.delete(info, namespace, name, { propagationPolicy: command.propagationPolicy, preconditions: { uid } }));
    }
    if (command.kind === "removeOwnerReference") {
      const reference = references.find((candidate) => candidate.uid === command.ownerUid);
      if (!reference || (await ownerState(object, reference)) === "alive") return "skipped";
      return this.#write(() => client.update(withoutOwnerReference(object as ApiObject, command.ownerUid)));
    }
    const finalizers = (object.metadata?.finalizers ?? []).filter((finalizer) => finalizer !== command.finalizer);
    return this.#write(() => client.update({ ...(object as ApiObject), metadata: { ...object.metadata, finalizers } }));
  }

  /** A target already gone, or replaced by a namesake (the uid precondition), needs nothing. */
  async #write(write: () => Promise<unknown>): Promise<GcOutcome> {
    try {
      await write();
      return "applied";
    } catch (error) {
      if (isNotFound(error)) return "skipped";
      throw error;
    }
  }

  async #readOwner(dependent: GcObject, reference: OwnerReference): Promise<OwnerState> {
    const info = infoOf(reference);
    // An owner of a kind the API does not serve cannot be checked: keep the dependent.
    if (!info || (info.namespaced && !dependent.metadata?.namespace)) return "alive";
    try {
      const owner = await this.#deps.client.get<GcObject & ApiObject>(info, info.namespaced ? dependent.metadata?.namespace ?? "" : undefined, reference.name ?? "");
      if (owner.metadata?.uid !== reference.uid) return "gone";
      if (!owner.metadata?.deletionTimestamp) return "alive";
      const finalizers = owner.metadata.finalizers ?? [];
      if (finalizers.includes(GcFinalizers.orphan)) return "orphaning";
      return finalizers.includes(GcFinalizers.foregroundDeletion) ? "waiting" : "alive";
    } catch (error) {
      if (isNotFound(error)) return "gone";
      throw error;
    }
  }
}
