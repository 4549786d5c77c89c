// What every API operation needs: the object repository, limits, and clocks/ids that tests can fix.
import { randomUUID } from "node:crypto";
import type { ObjectRepository } from "../../runtime/store/object-repository.ts";

export interface ApiContext {
  repo: ObjectRepository;
  /** Largest encoded object accepted (Kubernetes allows about 1.5 MiB). */
  maxObjectBytes: number;
  now(): Date;
  newUid(): string;
}

export function createApiContext(repo: ObjectRepository, maxObjectBytes: number): ApiContext {
  return { repo, maxObjectBytes, now: () => new Date(), newUid: () => randomUUID() };
}

