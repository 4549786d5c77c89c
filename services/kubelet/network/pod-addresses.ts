// Which address each pod of this node has: one of the node's pod CIDR when it has one, else the
// node address (pods share the host network). Addresses pods already report are adopted as the
// pod informer replays them, and new ones are handed out only once that replay is over, so a
// restarted kubelet never gives a running pod's address to another.
import type { Pod } from "../pod/container-spec.ts";
import { parsePodCidr } from "./pod-cidr.ts";
import { PodIpAllocator } from "./pod-ip-allocator.ts";

export interface PodAddressesOptions {
  nodeAddress: string;
  /** Empty: every pod gets the node address. */
  podCidr: string;
  /** Resolves once the pods bound before this kubelet started have all been seen. */
  whenPodsSynced: () => Promise<void>;
}

export class PodAddresses {
  readonly #options: PodAddressesOptions;
  readonly #allocator: PodIpAllocator | undefined;

  constructor(options: PodAddressesOptions) {
    this.#options = options;
    this.#allocator = options.podCidr ? new PodIpAllocator(parsePodCidr(options.podCidr)) : undefined;
  }

  /** The normalised pod CIDR for the Node's spec, or undefined without one. */
  get podCidr(): string | undefined {
    return this.#allocator?.cidr.text;
  }

  get nodeAddress(): string {
    return this.#options.nodeAddress;
  }

  /** A pod seen from the informer: keep the address it already reports. */
  observe(pod: Pod): void {
    const uid = pod.metadata?.uid;
    const ip = pod.status?.podIP;
    if (this.#allocator && uid && ip && this.#allocator.ipOf(uid) === undefined) this.#allocator.adopt(uid, ip);
  }

  /** The pod's address for its whole life; throws PodCidrExhaustedError when none is free. */
  async addressOf(pod: Pod): Promise<string> {
    if (!this.#allocator) return this.#options.nodeAddress;
    const uid = pod.metadata?.uid ?? "";
    const held = this.#allocator.ipOf(uid);
    if (held) return held;
    await this.#options.whenPodsSynced();
    return this.#allocator.allocate(uid);
  }

  /** The address a pod holds now, without allocating. */
  heldBy(podUid: string): string | undefined {
    return this.#allocator ? this.#allocator.ipOf(podUid) : this.#options.nodeAddress;
  }

  release(podUid: string): void {
    this.#allocator?.release(podUid);
  }
}
