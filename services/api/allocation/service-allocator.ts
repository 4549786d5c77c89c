// Cluster IPs and node ports of Services, as Kubernetes' service REST layer allocates them:
// values a Service asks for are claimed (refused when taken or out of range), missing ones are
// picked, and what an update no longer holds is released once the update is stored.
import { InternalError, InvalidError } from "../../../runtime/api-errors.ts";
import type { FieldError } from "../../../runtime/codec/field-error.ts";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { ObjectRepository } from "../../../runtime/store/object-repository.ts";
import { invalid } from "../admission/validation/field-errors.ts";
import { clusterIpKey, CLUSTER_IP_PREFIX, nodePortKey, nodePortPrefix, type AllocationRecord, type AllocationRecords } from "./allocation-records.ts";
import { inPortRange, portRangeSize, type PortRange } from "./port-range.ts";
import { RangeFullError, RecordAllocator, type ValuePool } from "./record-allocator.ts";
import type { ServiceIpRange } from "./service-ip-range.ts";
import { holdingsOf, holdsKey, missingAllocations, type Holding, type Service } from "./service-holdings.ts";

export interface ServiceAllocatorOptions {
  records: AllocationRecords;
  ipRange: ServiceIpRange;
  nodePortRange: PortRange;
  /** Reads the state store (fresh) to tell whether a record's owner holds its value. */
  repo: ObjectRepository;
  /** A record younger than this is never stale: its owner's write may still be in flight. */
  staleAfterMs: number;
  now(): Date;
}

/** What an allocation leaves to do once the Service write succeeded or failed. */
export interface PendingAllocation {
  /** The write succeeded: release what the Service no longer holds. */
  commit(): Promise<void>;
  /** The write failed: release what was claimed for it. */
  rollback(): Promise<void>;
}

const SERVICES = findResource("services") as ResourceInfo;

export class ServiceAllocator {
  private readonly options: ServiceAllocatorOptions;
  private readonly allocator: RecordAllocator;

  constructor(options: ServiceAllocatorOptions) {
    this.options = options;
    this.allocator = new RecordAllocator(options.records, (key, record) => this.isStale(key, record));
  }

  /** Requested values outside the configured ranges: checked before anything is claimed (and on
   * dry runs). Values `current` already holds stay valid when the ranges change. */
  rangeErrors(service: Service, current?: Service): FieldError[] {
    const { ipRange, nodePortRange } = this.options;
    const held = new Set(current ? holdingsOf(current).map((holding) => holding.key) : []);
    return holdingsOf(service).filter((holding) => !held.has(holding.key)).flatMap((holding) => {
      if (holding.what === "clusterIP" && !ipRange.isValid(String(holding.value))) {
        return [invalid(holding.field, holding.value, `provided IP is not in the valid range. The range of valid IPs is ${ipRange.cidr.text}`)];
      }
      if (holding.what === "nodePort" && !inPortRange(nodePortRange, Number(holding.value))) {
        return [invalid(holding.field, holding.value, `provided port is not in the valid range. The range of valid ports is ${nodePortRange.text}`)];
      }
      return [];
    });
  }

  /** Claims what `next` asks for and picks what it lacks (filling it in), given what `current` holds. */
  async allocate(next: Service, current: Service | undefined, owner: string): Promise<PendingAllocation> {
    const name = next.metadata?.name ?? "";
    const rangeErrors = this.rangeErrors(next, current);
    if (rangeErrors.length > 0) throw new InvalidError("Service", name, rangeErrors);
    const held = new Set(current ? holdingsOf(current).map((holding) => holding.key) : []);
    const claimed: string[] = [];
    const rollback = () => this.releaseKeys(claimed, owner);
    try {
      const refused: FieldError[] = [];
      for (const holding of holdingsOf(next).filter((candidate) => !held.has(candidate.key))) {
        if (await this.allocator.claim(holding.key, owner)) claimed.push(holding.key);
        else refused.push(alreadyAllocated(holding));
      }
      if (refused.length > 0) throw new InvalidError("Service", name, refused);
      for (const missing of missingAllocations(next)) {
        const spec = (next.spec ??= {});
        if (missing.what === "clusterIP") {
          const ip = this.ipOf(await this.allocator.claimAny(this.ipPool(), owner));
          claimed.push(clusterIpKey(ip));
          spec.clusterIP = ip;
        } else {
          const key = await this.allocator.claimAny(this.nodePortPool(missing.protocol), owner);
          claimed.push(key);
          (spec.ports ?? [])[missing.portIndex].nodePort = Number(key.slice(nodePortPrefix(missing.protocol).length));
        }
      }
    } catch (error) {
      await rollback();
      if (error instanceof RangeFullError) throw new InternalError(error.message, { cause: error });
      throw error;
    }
    fillClusterIPs(next);
    return {
      commit: () => this.releaseKeys([...held].filter((key) => !holdsKey(next, key)), owner),
      rollback,
    };
  }

  /** Releases everything `service` holds (it was removed from the store). */
  async releaseAll(service: Service, owner: string): Promise<void> {
    await this.releaseKeys(holdingsOf(service).map((holding) => holding.key), owner);
  }

  private async releaseKeys(keys: readonly string[], owner: string): Promise<void> {
    await Promise.all(keys.map((key) => this.allocator.release(key, owner)));
  }

  private async isStale(key: string, record: AllocationRecord): Promise<boolean> {
    const age = this.options.now().getTime() - record.writtenAt.getTime();
    if (age < this.options.staleAfterMs) return false;
    const entry = await this.options.repo.store.get(record.owner, { fresh: true });
    return !entry || !holdsKey(this.options.repo.decode(SERVICES, entry).object as Service, key);
  }

  private ipPool(): ValuePool {
    const { ipRange } = this.options;
    return { what: "serviceIP", prefix: CLUSTER_IP_PREFIX, size: ipRange.size, keyAt: (index) => clusterIpKey(ipRange.addressAt(index)) };
  }

  private nodePortPool(protocol: string): ValuePool {
    const range = this.options.nodePortRange;
    return { what: "nodePort", prefix: nodePortPrefix(protocol), size: portRangeSize(range), keyAt: (index) => nodePortKey(protocol, range.min + index) };
  }

  private ipOf(key: string): string {
    return key.slice(CLUSTER_IP_PREFIX.length);
  }
}

function alreadyAllocated(holding: Holding): FieldError {
  return invalid(holding.field, holding.value, holding.what === "clusterIP" ? "provided IP is already allocated" : "provided port is already allocated");
}

/** Troupe is IPv4 single-stack: clusterIPs mirrors clusterIP, as Kubernetes fills it. */
function fillClusterIPs(service: Service): void {
  const spec = service.spec;
  if (!spec?.clusterIP || spec.type === "ExternalName") return;
  spec.clusterIPs = [spec.clusterIP];
  if (!spec.ipFamilies?.length) spec.ipFamilies = ["IPv4"];
  spec.ipFamilyPolicy ||= "SingleStack";
}
