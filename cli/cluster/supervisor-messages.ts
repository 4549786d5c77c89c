// What the supervisor tells the `troupe up` process that started it, over the IPC channel.
import type { ClusterContext } from "./home.ts";

export type SupervisorMessage =
  | { type: "ready"; context: ClusterContext }
  | { type: "failed"; message: string };

/** Sends if the launcher still listens; a detached launcher may be gone already. */
export function tellLauncher(message: SupervisorMessage): void {
  if (process.send && process.connected) process.send(message);
}
