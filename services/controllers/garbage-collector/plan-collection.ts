// One garbage-collection pass over a snapshot: what to delete, which owner references to drop,
// and which finalizers to remove so deleting owners can go.
import { gcSnapshot } from "./dependents.ts";
import { finishForegroundDeletion } from "./foreground-deletion.ts";
import { orphanDependents } from "./orphan-deletion.ts";
import { collectOwnedObject } from "./owned-object.ts";
import type { GcCommand, GcObject } from "./types.ts";

function identity(command: GcCommand): string {
  const target = `${command.kind}/${command.ref.uid}`;
  if (command.kind === "removeOwnerReference") return `${target}/${command.ownerUid}`;
  if (command.kind === "removeFinalizer") return `${target}/${command.finalizer}`;
  return target;
}

/**
 * `objects` are all objects that may own or be owned. `existingUids` (default: their uids) must
 * cover every kind an owner reference can name, or live owners would look gone. A snapshot can
 * lag, so the applier should confirm an owner is really gone (a live read) before deleting on
 * its account, as Kubernetes does; commands are independent and may be applied in any order.
 */
export function planGarbageCollection(objects: readonly GcObject[], existingUids?: ReadonlySet<string>): GcCommand[] {
  const snapshot = gcSnapshot(objects, existingUids);
  const commands: GcCommand[] = [];
  for (const object of objects) {
    commands.push(...orphanDependents(object, snapshot), ...finishForegroundDeletion(object, snapshot), ...collectOwnedObject(object, snapshot));
  }
  const seen = new Set<string>();
  return commands.filter((command) => {
    const id = identity(command);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
