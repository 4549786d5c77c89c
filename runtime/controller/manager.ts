// Runs a process's controllers in order, controller-runtime's Manager: informers first (and
// their caches synced), then the controllers; with a leader elector, the controllers run only
// while this process leads, so a standby replica keeps warm caches and takes over in seconds.
import { createLogger } from "../log.ts";
import type { Logger } from "../log.ts";
import type { LeaderElector } from "../leader-election/leader-elector.ts";
import type { ObjectRepository } from "../store/object-repository.ts";
import type { Controller } from "./controller.ts";
import { SharedInformerFactory } from "./shared-informers.ts";

export interface ManagerOptions {
  /** Where the informers read the objects from. */
  repo: ObjectRepository;
  /** Run controllers only while this elector leads; always when absent. */
  leaderElector?: LeaderElector;
  logger?: Logger;
}

export interface ResolvedManagerOptions {
  repo: ObjectRepository;
  leaderElector: LeaderElector | undefined;
  logger: Logger;
}

export function resolveManagerOptions(options: ManagerOptions): ResolvedManagerOptions {
  return {
    repo: options.repo,
    leaderElector: options.leaderElector,
    logger: options.logger ?? createLogger("manager"),
  };
}

export type ManagerState = "new" | "syncing" | "running" | "stopping" | "stopped";

export class Manager {
  /** Build controllers against this factory, so they share the manager's informers. */
  readonly factory: SharedInformerFactory;
  readonly #options: ResolvedManagerOptions;
  readonly #controllers: Controller[] = [];
  #state: ManagerState = "new";
  #controllersRunning = false;
  /** Starts and stops of the controllers, one after another, so a quick re-election never overlaps a stop. */
  #transition: Promise<void> = Promise.resolve();
  /** Resolves on stop(), so a start() still waiting for caches that never sync returns. */
  readonly #stopping = Promise.withResolvers<void>();

  constructor(options: ManagerOptions) {
    this.#options = resolveManagerOptions(options);
    this.factory = new SharedInformerFactory(this.#options.repo, this.#options.logger);
  }

  get state(): ManagerState {
    return this.#state;
  }

  /** For /readyz: caches synced and not shutting down. A standby that does not lead is ready too. */
  get ready(): boolean {
    return this.#state === "running" && this.factory.hasSynced();
  }

  /** True while this manager's controllers run (always, once started, without an elector). */
  get leading(): boolean {
    return this.#controllersRunning;
  }

  /** Adds a controller; one added to a manager whose controllers run is started at once. */
  add(controller: Controller): void {
    this.#controllers.push(controller);
    if (this.#controllersRunning) controller.start();
  }

  /** Starts the informers, waits for their caches, then runs the controllers (or competes to lead). */
  async start(): Promise<void> {
    if (this.#state !== "new") return;
    this.#state = "syncing";
    await Promise.race([this.factory.start(), this.#stopping.promise]);
    if (this.#state !== "syncing") return;
    this.#state = "running";
    this.#options.logger.info("caches synced", { controllers: this.#controllers.map((controller) => controller.name) });
    const elector = this.#options.leaderElector;
    if (!elector) {
      this.#startControllers();
      return;
    }
    elector.start({
      onStartedLeading: () => this.#startControllers(),
      onStoppedLeading: () => this.#stopControllers(),
      onNewLeader: (identity) => this.#options.logger.info("new leader", { lease: elector.name, leader: identity, self: identity === elector.identity }),
    });
  }

  /** Stops the controllers (waiting for reconciles in flight), then the elector (releasing the lease), then the informers. */
  async stop(): Promise<void> {
    if (this.#state === "stopping" || this.#state === "stopped") return;
    this.#state = "stopping";
    this.#stopping.resolve();
    await this.#stopControllers();
    await this.#options.leaderElector?.stop();
    this.factory.stop();
    this.#state = "stopped";
  }

  #startControllers(): Promise<void> {
    return this.#serially(() => {
      if (this.#state !== "running" || this.#controllersRunning) return;
      this.#controllersRunning = true;
      for (const controller of this.#controllers) controller.start();
    });
  }

  #stopControllers(): Promise<void> {
    return this.#serially(async () => {
      if (!this.#controllersRunning) return;
      this.#controllersRunning = false;
      await Promise.all([...this.#controllers].reverse().map((controller) => controller.stop()));
    });
  }

  #serially(step: () => void | Promise<void>): Promise<void> {
    this.#transition = this.#transition.then(step).catch((error: unknown) => this.#options.logger.error("controller transition failed", { error }));
    return this.#transition;
  }
}
