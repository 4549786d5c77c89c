// What every API operation needs: the object repository, the allocators, limits, and
// clocks/ids that tests can fix.
import { randomUUID } from "node:crypto";
import type { ObjectRepository } from "../../runtime/store/object-repository.ts";
import type { ServiceAllocator } from "./allocation/service-allocator.ts";
import type { TokenIssuer } from "./tokens/token-issuer.ts";
import type { VpaLister } from "./admission/vpa-lister.ts";

export interface ApiContext {
  repo: ObjectRepository;
  /** Cluster IPs and node ports of Services. */
  services: ServiceAllocator;
  /** Largest encoded object accepted (Kubernetes allows about 1.5 MiB). */
  maxObjectBytes: number;
  /** Mints ServiceAccount tokens (createToken); undefined without a NATS authority file. */
  tokens: TokenIssuer | undefined;
  /** Kubernetes' ServiceAccount admission plugin on pods (services/api/admission/service-account-admission.ts). */
  serviceAccountAdmission: boolean;
  /** The VerticalPodAutoscalers by namespace, from memory (the VPA admission on pod create). */
  vpas: VpaLister;
  now(): Date;
  newUid(): string;
}

export interface ApiContextFeatures {
  vpas: VpaLister;
  tokens?: TokenIssuer;
  serviceAccountAdmission?: boolean;
}

export function createApiContext(repo: ObjectRepository, services: ServiceAllocator, maxObjectBytes: number, features: ApiContextFeatures): ApiContext {
  return {
    repo, services, maxObjectBytes,
    tokens: features.tokens,
    vpas: features.vpas,
    serviceAccountAdmission: features.serviceAccountAdmission ?? false,
    now: () => new Date(),
    newUid: () => randomUUID(),
  };
}
