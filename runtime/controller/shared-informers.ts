// One informer per resource per process, shared by every controller that reads it (client-go's
// SharedInformerFactory): one KV watch and one cache per resource, however many controllers
// watch it. Informers are created lazily when a controller asks for one.
import { qualifiedResourceName } from "../codec/resources.ts";
import type { ResourceInfo } from "../codec/resources.ts";
import type { Logger } from "../log.ts";
import { Informer } from "../store/informer.ts";
import type { ApiObject, ObjectRepository } from "../store/object-repository.ts";

export class SharedInformerFactory {
  readonly repo: ObjectRepository;
  readonly #logger: Logger | undefined;
  readonly #informers = new Map<string, Informer>();
  /** Sync promise of each started informer: an Informer must be started only once. */
  readonly #started = new Map<Informer, Promise<void>>();
  #starting = false;
  #stopped = false;

  constructor(repo: ObjectRepository, logger?: Logger) {
    this.repo = repo;
    this.#logger = logger;
  }

  /** The shared informer of `info`; one created after start() is started at once. */
  informer<T extends ApiObject = ApiObject>(info: ResourceInfo): Informer<T> {
    const name = qualifiedResourceName(info);
    let informer = this.#informers.get(name);
    if (!informer) {
      informer = new Informer({ repo: this.repo, info, logger: this.#logger });
      this.#informers.set(name, informer);
      if (this.#starting && !this.#stopped) void this.#start(informer);
    }
    return informer as Informer<T>;
  }

  /** Starts every informer; resolves once each holds the current state of its resource. */
  async start(): Promise<void> {
    this.#starting = true;
    await Promise.all([...this.#informers.values()].map((informer) => this.#start(informer)));
  }

  hasSynced(): boolean {
    return [...this.#informers.values()].every((informer) => informer.hasSynced());
  }

  /** Stops every informer; final (an informer cannot be restarted). */
  stop(): void {
    this.#stopped = true;
    for (const informer of this.#informers.values()) informer.stop();
  }

  #start(informer: Informer): Promise<void> {
    let synced = this.#started.get(informer);
    if (!synced) {
      synced = informer.start();
      this.#started.set(informer, synced);
    }
    return synced;
  }
}
