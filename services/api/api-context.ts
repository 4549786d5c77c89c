// What every API operation needs: the object repository, the allocators, limits, and
// clocks/ids that tests can fix.
import { randomUUID } from "node:crypto";
import type { ObjectRepository } from "../../runtime/store/object-repository.ts";
import type { ServiceAllocator } from "./allocation/service-allocator.ts";

export interface ApiContext {
  repo: ObjectRepository;
  /** Cluster IPs and node ports of Services. */
  services: ServiceAllocator;
  /** Largest encoded object accepted (Kubernetes allows about 1.5 MiB). */
  maxObjectBytes: number;
  now(): Date;
  newUid(): string;
}

export function createApiContext(repo: ObjectRepository, services: ServiceAllocator, maxObjectBytes: number): ApiContext {
  return { repo, services, maxObjectBytes, now: () => new Date(), newUid: () => randomUUID() };
}
