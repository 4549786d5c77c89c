// An IPv4 pod CIDR ("127.128.1.0/24") as numbers, and the addresses a pod may get from it: every
// one but the network and broadcast addresses, as Kubernetes' host-local IPAM hands them out.

export interface PodCidr {
  /** As written in the node's spec.podCIDR. */
  readonly text: string;
  readonly network: number;
  readonly size: number;
}

export class InvalidPodCidrError extends Error {
  override name = "InvalidPodCidrError";
  readonly code = "InvalidPodCidr";
}

export function ipToNumber(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return undefined;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

export function numberToIp(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join(".");
}

export function parsePodCidr(text: string): PodCidr {
  const [address, bitsText, extra] = text.split("/");
  const bits = Number(bitsText);
  const base = ipToNumber(address ?? "");
  if (base === undefined || extra !== undefined || !/^\d+$/.test(bitsText ?? "") || bits > 30) {
    throw new InvalidPodCidrError(`pod CIDR "${text}" is not an IPv4 CIDR with room for pods (a.b.c.d/n, n <= 30)`);
  }
  const size = 2 ** (32 - bits);
  const network = base - (base % size);
  return { text: `${numberToIp(network)}/${bits}`, network, size };
}

/** The first and last address a pod may get (network and broadcast excluded). */
export function assignableRange(cidr: PodCidr): { first: number; last: number } {
  return { first: cidr.network + 1, last: cidr.network + cidr.size - 2 };
}

export function contains(cidr: PodCidr, ip: string): boolean {
  const value = ipToNumber(ip);
  if (value === undefined) return false;
  const { first, last } = assignableRange(cidr);
  return value >= first && value <= last;
}
