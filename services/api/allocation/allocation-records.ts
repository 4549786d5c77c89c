// The contract of the allocation ledger: one record per allocated value (`clusterip.<ip>`,
// `nodeport.<protocol>.<port>`) naming its owner (the Service's state key). Every change is a
// compare-and-set, so two API replicas never both hold a value.

export interface AllocationRecord {
  /** State key of the object holding the value. */
  owner: string;
  revision: number;
  /** When the record was written (the store's clock): a young record may belong to a write in flight. */
  writtenAt: Date;
}

export interface AllocationRecords {
  /** Creates the record; false when the value is already recorded. */
  claim(key: string, owner: string): Promise<boolean>;
  read(key: string): Promise<AllocationRecord | undefined>;
  /** Rewrites a stale record for a new owner; false when it changed since it was read at `revision`. */
  takeOver(key: string, owner: string, revision: number): Promise<boolean>;
  /** Removes the record if `owner` still holds it. */
  release(key: string, owner: string): Promise<void>;
  /** The recorded keys starting with `prefix` (e.g. "nodeport.tcp."). */
  keys(prefix: string): Promise<Set<string>>;
}

export function clusterIpKey(ip: string): string {
  return `clusterip.${ip}`;
}

export function nodePortKey(protocol: string, port: number): string {
  return `${nodePortPrefix(protocol)}${port}`;
}

export function nodePortPrefix(protocol: string): string {
  return `nodeport.${protocol.toLowerCase()}.`;
}

export const CLUSTER_IP_PREFIX = "clusterip.";
