// The contract between the cluster DNS server and whoever hosts it (the node proxy): the server
// reads Services and Endpoints through a DnsRecordSource, answered from the host's caches at
// query time, so it holds no state of its own and a record is as fresh as the host's informers.
import type { troupe } from "../../../proto/gen/troupe.js";

export type DnsService = troupe.v1.Service.$Properties;
export type DnsEndpoints = troupe.v1.Endpoints.$Properties;

export interface DnsRecordSource {
  /** The Service `namespace/name`, if it exists. */
  service(namespace: string, name: string): DnsService | undefined;
  /** The Endpoints of the Service `namespace/name`, if they exist. */
  endpoints(namespace: string, name: string): DnsEndpoints | undefined;
}
