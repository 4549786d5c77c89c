// The containers a driver knows about and who listens for their ends: the bookkeeping every
// driver shares, so list/onExit/remove behave the same whatever runs the containers.
import type { Logger } from "../../../runtime/log.ts";
import { ContainerAlreadyRunningError, ContainerNotFoundError } from "./errors.ts";
import type { ContainerExit, ContainerHandle, ContainerInfo, ContainerSpec, ExitListener } from "./types.ts";

interface Entry {
  handle: ContainerHandle;
  exit: ContainerExit | undefined;
}

export class ContainerTable {
  readonly #entries = new Map<string, Entry>();
  readonly #listeners = new Set<ExitListener>();
  /** Running container id per pod container slot ("<podUid>/<containerName>"). */
  readonly #runningBySlot = new Map<string, string>();
  /** Slots being started, so two concurrent starts of one container cannot both pass. */
  readonly #starting = new Set<string>();
  readonly #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  /** Claims the slot of `spec`'s container until the returned release is called. */
  reserve(spec: ContainerSpec): () => void {
    const slot = slotOf(spec);
    const running = this.#runningBySlot.get(slot);
    if (running) throw new ContainerAlreadyRunningError(running, spec.podUid, spec.containerName);
    if (this.#starting.has(slot)) throw new ContainerAlreadyRunningError("(starting)", spec.podUid, spec.containerName);
    this.#starting.add(slot);
    return () => this.#starting.delete(slot);
  }

  add(handle: ContainerHandle): void {
    this.#entries.set(handle.id, { handle, exit: undefined });
    this.#runningBySlot.set(slotOf(handle.spec), handle.id);
  }

  get(id: string): ContainerHandle {
    const entry = this.#entries.get(id);
    if (!entry) throw new ContainerNotFoundError(id);
    return entry.handle;
  }

  exitOf(id: string): ContainerExit | undefined {
    return this.#entries.get(id)?.exit;
  }

  /** Records the end and tells every listener; a throwing listener does not stop the others. */
  recordExit(exit: ContainerExit): void {
    const entry = this.#entries.get(exit.id);
    if (!entry) return;
    entry.exit = exit;
    this.#runningBySlot.delete(slotOf(entry.handle.spec));
    for (const listener of this.#listeners) {
      try {
        listener(exit, entry.handle);
      } catch (error) {
        this.#logger.error("container exit listener failed", { containerId: exit.id, error });
      }
    }
  }

  delete(id: string): void {
    this.#entries.delete(id);
  }

  list(): ContainerInfo[] {
    return [...this.#entries.values()].map(({ handle, exit }) => ({
      id: handle.id,
      spec: handle.spec,
      pid: handle.pid,
      hostPorts: handle.hostPorts,
      env: handle.env,
      startedAt: handle.startedAt,
      state: exit ? "exited" : "running",
      exit,
    }));
  }

  onExit(listener: ExitListener): () => void {
    // A wrapper per subscription, so subscribing one function twice means two calls and two unsubscribes.
    const subscription: ExitListener = (exit, handle) => listener(exit, handle);
    this.#listeners.add(subscription);
    return () => this.#listeners.delete(subscription);
  }
}

function slotOf(spec: ContainerSpec): string {
  return `${spec.podUid}/${spec.containerName}`;
}
