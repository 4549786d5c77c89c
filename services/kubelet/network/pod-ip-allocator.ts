// Hands each pod of a node one free address of the node's pod CIDR, for the pod's whole life.
// Only what is in use is stored (a map per node), so a thousand hollow nodes stay cheap. A
// restarted kubelet adopts the addresses its pods already report before it hands out new ones.
import { assignableRange, contains, ipToNumber, numberToIp, type PodCidr } from "./pod-cidr.ts";

export class PodCidrExhaustedError extends Error {
  override name = "PodCidrExhaustedError";
  readonly code = "PodCidrExhausted";
}

export class PodIpAllocator {
  readonly cidr: PodCidr;
  readonly #byPod = new Map<string, number>();
  readonly #used = new Set<number>();
  #next: number;

  constructor(cidr: PodCidr) {
    this.cidr = cidr;
    this.#next = assignableRange(cidr).first;
  }

  get inUse(): number {
    return this.#used.size;
  }

  ipOf(podUid: string): string | undefined {
    const value = this.#byPod.get(podUid);
    return value === undefined ? undefined : numberToIp(value);
  }

  /**
   * Keeps `ip` for the pod when it is in the CIDR and nobody else holds it (a pod that ran under
   * a previous kubelet). Returns whether the pod now holds it.
   */
  adopt(podUid: string, ip: string): boolean {
    const value = ipToNumber(ip);
    if (value === undefined || !contains(this.cidr, ip)) return false;
    const held = this.#byPod.get(podUid);
    if (held !== undefined) return held === value;
    if (this.#used.has(value)) return false;
    this.#take(podUid, value);
    return true;
  }

  /** The pod's address, allocating the next free one the first time. */
  allocate(podUid: string): string {
    const held = this.#byPod.get(podUid);
    if (held !== undefined) return numberToIp(held);
    const { first, last } = assignableRange(this.cidr);
    const count = last - first + 1;
    // Next-fit: a released address is reused only after the others, so a stale client of a gone
    // pod is unlikely to reach its successor.
    for (let step = 0; step < count; step++) {
      const candidate = first + ((this.#next - first + step) % count);
      if (this.#used.has(candidate)) continue;
      this.#take(podUid, candidate);
      this.#next = candidate + 1 > last ? first : candidate + 1;
      return numberToIp(candidate);
    }
    throw new PodCidrExhaustedError(`no free pod IP left in ${this.cidr.text} (${count} in use)`);
  }

  release(podUid: string): void {
    const value = this.#byPod.get(podUid);
    if (value === undefined) return;
    this.#byPod.delete(podUid);
    this.#used.delete(value);
  }

  #take(podUid: string, value: number): void {
    this.#byPod.set(podUid, value);
    this.#used.add(value);
  }
}
