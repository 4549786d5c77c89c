// IPv4 addresses as 32-bit numbers and CIDR blocks: the arithmetic of the service IP range.

export interface Ipv4Cidr {
  /** The network address as a number. */
  network: number;
  prefixLength: number;
  /** Addresses in the block, network and broadcast included. */
  size: number;
  /** Canonical text, e.g. "127.77.0.0/16". */
  text: string;
}

const DOTTED_QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The address as a number, or undefined when `text` is not a dotted-quad IPv4 address. */
export function parseIpv4(text: string): number | undefined {
  const match = DOTTED_QUAD.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1).map(Number);
  // Leading zeros are refused, as Go's net.ParseIP refuses them (they read as octal elsewhere).
  if (octets.some((octet, index) => octet > 255 || (match[index + 1].length > 1 && match[index + 1].startsWith("0")))) return undefined;
  return ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
}

export function formatIpv4(address: number): string {
  return [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255].join(".");
}

export class InvalidCidrError extends Error {
  override name = "InvalidCidrError";
  readonly code = "INVALID_CIDR";
  readonly cidr: string;
  constructor(cidr: string, why: string) {
    super(`invalid IPv4 CIDR "${cidr}": ${why}`);
    this.cidr = cidr;
  }
}

export function parseIpv4Cidr(text: string): Ipv4Cidr {
  const [addressText, prefixText, extra] = text.trim().split("/");
  const address = parseIpv4(addressText ?? "");
  if (address === undefined) throw new InvalidCidrError(text, "the address is not a dotted-quad IPv4 address");
  if (extra !== undefined || prefixText === undefined || !/^\d{1,2}$/.test(prefixText) || Number(prefixText) > 32) {
    throw new InvalidCidrError(text, "expected <address>/<prefix length 0-32>");
  }
  const prefixLength = Number(prefixText);
  const size = 2 ** (32 - prefixLength);
  // Like Go's net.ParseCIDR, host bits in the address are ignored: 127.77.1.2/16 is 127.77.0.0/16.
  const network = address - (address % size);
  return { network, prefixLength, size, text: `${formatIpv4(network)}/${prefixLength}` };
}

export function cidrContains(cidr: Ipv4Cidr, address: number): boolean {
  return address >= cidr.network && address < cidr.network + cidr.size;
}
