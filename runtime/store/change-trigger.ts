// Which informer events hand a trace context on to the work they cause (docs/tracing.md): only
// real changes. A relist or the first snapshot tells the cache the current state, which changed
// at some earlier time (maybe hours ago, in a trace long finished): work it causes starts a trace
// of its own. Except what was written after the informer was created: the component was already
// starting, so the change is one it serves first (a pod created while the scheduler loaded).
// A put at a revision the cache already holds is not a change either.
import type { SpanContext } from "@opentelemetry/api";
import { spanContextOfLastChange } from "./last-change.ts";
import type { StoreWatchEvent } from "./types.ts";

export interface ChangeTriggerInput {
  event: Pick<StoreWatchEvent, "type" | "revision" | "initial" | "lastChange" | "writtenAt">;
  /** The cached object's revision before this event (undefined when the key was not cached). */
  previousRevision: number | undefined;
  /** The watch began with a snapshot of current values (a first list or a relist), not from a revision. */
  snapshot: boolean;
  /** When the informer was created (ms since the epoch): snapshot entries written since are changes. */
  since?: number;
}

/** The trace context an event's handlers receive: the writer's, for real changes only. */
export function changeTrigger({ event, previousRevision, snapshot, since }: ChangeTriggerInput): SpanContext | undefined {
  if (!event.lastChange) return undefined;
  if (snapshot && event.initial && !writtenSince(event.writtenAt, since)) return undefined;
  if (event.type === "put" && previousRevision !== undefined && previousRevision >= event.revision) return undefined;
  return spanContextOfLastChange(event.lastChange);
}

function writtenSince(writtenAt: number | undefined, since: number | undefined): boolean {
  // Strictly later: a write in the informer's own millisecond may precede it, and counts as state.
  return writtenAt !== undefined && since !== undefined && writtenAt > since;
}
