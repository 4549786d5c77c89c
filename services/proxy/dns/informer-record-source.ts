// A DnsRecordSource over the shared informers of runtime/controller, for a host (the node
// proxy) that already watches Services and Endpoints: the DNS server then shares its caches.
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { DnsEndpoints, DnsRecordSource, DnsService } from "./types.ts";

function resource(plural: string): ResourceInfo {
  const info = findResource(plural);
  if (!info) throw new Error(`unknown resource ${plural}`);
  return info;
}

/** Asks `factory` for the Service and Endpoints informers; start the factory to fill them. */
export function informerRecordSource(factory: SharedInformerFactory): DnsRecordSource {
  const services = factory.informer<DnsService & ApiObject>(resource("services"));
  const endpoints = factory.informer<DnsEndpoints & ApiObject>(resource("endpoints"));
  return {
    service: (namespace, name) => services.get(namespace, name),
    endpoints: (namespace, name) => endpoints.get(namespace, name),
  };
}
