// The addresses the API hands out as cluster IPs: every address of the service CIDR except the
// network and broadcast addresses (Kubernetes' rule) and the 10th, which is the cluster DNS
// address in Troupe as in Kubernetes. The DNS address may still be asked for explicitly (a
// kube-dns-like Service names it), it is only never picked automatically.
import { cidrContains, formatIpv4, InvalidCidrError, parseIpv4, parseIpv4Cidr, type Ipv4Cidr } from "./ipv4.ts";

export const DEFAULT_SERVICE_CIDR = "127.77.0.0/16";
/** Offset of the cluster DNS address in the range: 127.77.0.10 in 127.77.0.0/16. */
export const CLUSTER_DNS_OFFSET = 10;

export interface ServiceIpRange {
  cidr: Ipv4Cidr;
  /** How many addresses can be picked automatically. */
  size: number;
  /** The index-th pickable address (0 <= index < size). */
  addressAt(index: number): string;
  /** True when `ip` may be requested: inside the block, neither network nor broadcast address. */
  isValid(ip: string): boolean;
}

export function serviceIpRange(cidrText: string): ServiceIpRange {
  const cidr = parseIpv4Cidr(cidrText);
  const usable = cidr.size - 2;
  const hasDnsAddress = CLUSTER_DNS_OFFSET <= usable;
  const size = usable - (hasDnsAddress ? 1 : 0);
  if (size < 1) throw new InvalidCidrError(cidrText, "the range has no address to hand out (use a prefix length of 30 or less)");
  return {
    cidr,
    size,
    addressAt(index) {
      const offset = index + 1;
      return formatIpv4(cidr.network + (hasDnsAddress && offset >= CLUSTER_DNS_OFFSET ? offset + 1 : offset));
    },
    isValid(ip) {
      const address = parseIpv4(ip);
      return address !== undefined && cidrContains(cidr, address) && address !== cidr.network && address !== cidr.network + cidr.size - 1;
    },
  };
}
