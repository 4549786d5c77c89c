// Signals to a container's process group: the driver starts each container detached (its own
// session and group, led by the container's main process), so -pid reaches every process it
// spawned that did not leave the group.

/** Sends `signal` to the group; false when no process of the group is left. */
export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}
