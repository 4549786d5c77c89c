// The node port range ("30000-32767"), as Kubernetes' --service-node-port-range reads it.

export const DEFAULT_NODE_PORT_RANGE = "30000-32767";

export interface PortRange {
  min: number;
  max: number;
  /** Canonical text, e.g. "30000-32767". */
  text: string;
}

export class InvalidPortRangeError extends Error {
  override name = "InvalidPortRangeError";
  readonly code = "INVALID_PORT_RANGE";
  readonly range: string;
  constructor(range: string, why: string) {
    super(`invalid port range "${range}": ${why}`);
    this.range = range;
  }
}

/** Reads "min-max" (inclusive) or "base+size" (base to base+size, as Kubernetes' net.PortRange). */
export function parsePortRange(text: string): PortRange {
  const match = /^\s*(\d{1,5})\s*([-+])\s*(\d{1,5})\s*$/.exec(text);
  if (!match) throw new InvalidPortRangeError(text, 'expected "min-max", e.g. "30000-32767"');
  const min = Number(match[1]);
  const max = match[2] === "+" ? min + Number(match[3]) : Number(match[3]);
  if (min < 1 || max > 65535) throw new InvalidPortRangeError(text, "ports must be between 1 and 65535");
  if (max < min) throw new InvalidPortRangeError(text, "the end is below the start");
  return { min, max, text: `${min}-${max}` };
}

export function portRangeSize(range: PortRange): number {
  return range.max - range.min + 1;
}

export function inPortRange(range: PortRange, port: number): boolean {
  return port >= range.min && port <= range.max;
}
