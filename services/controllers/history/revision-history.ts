// The acting half of revisions.ts, shared by the StatefulSet and DaemonSet controllers: makes sure the set's template is a ControllerRevision (created,
// or renumbered on a rollback), bumping status.collisionCount when a name is taken by another
// template, and trims the history to revisionHistoryLimit.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { isAlreadyExists, isNotFound } from "../errors.ts";
import type { Counter } from "prom-client";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { CONTROLLER_REVISIONS, type ControllerRevisionObject } from "../resources.ts";
import { planUpdateRevision, revisionsToTrim, sameTemplate, templateOf, type RevisionOwner, type RevisionOwnerKind } from "./revisions.ts";

/** The owning controller's write counter; the history counts its revision writes there. */
export interface RevisionWriteMetrics {
  readonly writes: Counter<"operation" | "outcome">;
}

type RevisionWrite = "create_revision" | "update_revision" | "delete_revision";

/** A revision name was taken by a different template: the set's collisionCount grows. */
export class RevisionCollisionError extends Error {
  override readonly name = "RevisionCollisionError";
  readonly code = "RevisionCollision";
  readonly revision: string;

  constructor(revision: string) {
    super(`ControllerRevision ${revision} exists with a different template`);
    this.revision = revision;
  }
}

export class RevisionHistory {
  readonly #client: TypedApiClient;
  readonly #metrics: RevisionWriteMetrics;
  readonly #kind: RevisionOwnerKind;

  constructor(client: TypedApiClient, metrics: RevisionWriteMetrics, kind: RevisionOwnerKind = "StatefulSet") {
    this.#client = client;
    this.#metrics = metrics;
    this.#kind = kind;
  }

  async #write<T>(operation: RevisionWrite, call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      this.#metrics.writes.inc({ operation, outcome: "ok" });
      return result;
    } catch (error) {
      this.#metrics.writes.inc({ operation, outcome: "error" });
      throw error;
    }
  }

  /** The revision holding the set's template now, written if it had to be. */
  async updateRevision(set: RevisionOwner & ApiObject, revisions: readonly ControllerRevisionObject[]): Promise<ControllerRevisionObject> {
    const plan = planUpdateRevision(set, revisions, this.#kind);
    if (plan.kind === "existing") return plan.revision as ControllerRevisionObject;
    if (plan.kind === "renumber") {
      const renumbered = { ...plan.revision, revision: plan.to } as ControllerRevisionObject;
      return this.#write("update_revision", () => this.#client.update<ControllerRevisionObject>(renumbered));
    }
    try {
      return await this.#write("create_revision", () => this.#client.create<ControllerRevisionObject>(plan.revision as ControllerRevisionObject));
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const name = plan.revision.metadata?.name ?? "";
      const existing = await this.#client.get<ControllerRevisionObject>(CONTROLLER_REVISIONS, set.metadata?.namespace ?? "", name);
      const ours = (existing.metadata?.ownerReferences ?? []).some((reference) => reference.controller && reference.uid === set.metadata?.uid);
      if (ours && sameTemplate(templateOf(existing), set.spec?.template)) return existing;
      throw new RevisionCollisionError(name);
    }
  }

  async trim(revisions: readonly ControllerRevisionObject[], keep: ReadonlySet<string>, limit: number): Promise<void> {
    for (const revision of revisionsToTrim(revisions, keep, limit)) {
      await this.#write("delete_revision", () => this.#client.delete(CONTROLLER_REVISIONS, revision.metadata?.namespace ?? "", revision.metadata?.name ?? "", {
        preconditions: { uid: revision.metadata?.uid ?? "" },
      })).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
    }
  }
}
