import test from "ava";
import { planRoutes } from "./service-routes.ts";
import { readyEndpointsForPort } from "./service-endpoints.ts";
import type { EndpointsObject, ServiceObject } from "./types.ts";

const endpoints: EndpointsObject = {
  metadata: { name: "web", namespace: "default" },
  subsets: [
    { addresses: [{ ip: "127.128.1.9" }, { ip: "127.128.1.2" }], notReadyAddresses: [{ ip: "127.128.1.5" }], ports: [{ name: "http", port: 41001 }, { name: "metrics", port: 41002 }] },
    { addresses: [{ ip: "127.128.1.3" }], ports: [{ name: "http", port: 42001 }] },
  ],
};

test("ready endpoints of a port pair each ready address with its subset's port of that name", (t) => {
  t.deepEqual(readyEndpointsForPort(endpoints, "http"), [
    { ip: "127.128.1.2", port: 41001 },
    { ip: "127.128.1.3", port: 42001 },
    { ip: "127.128.1.9", port: 41001 },
  ]);
  t.deepEqual(readyEndpointsForPort(endpoints, "metrics"), [
    { ip: "127.128.1.2", port: 41002 },
    { ip: "127.128.1.9", port: 41002 },
  ]);
  t.deepEqual(readyEndpointsForPort(endpoints, "other"), []);
  t.deepEqual(readyEndpointsForPort(undefined, "http"), []);
});

test("routes cover every TCP port of every non-ExternalName service, with the affinity timeout", (t) => {
  const services: ServiceObject[] = [
    { metadata: { name: "web", namespace: "default" }, spec: { clusterIP: "127.77.0.5", sessionAffinity: "ClientIP", ports: [{ name: "http", port: 80 }, { name: "dns", port: 53, protocol: "UDP" }] } },
    { metadata: { name: "sticky", namespace: "default" }, spec: { clusterIP: "127.77.0.6", sessionAffinity: "ClientIP", sessionAffinityConfig: { clientIP: { timeoutSeconds: 60 } }, ports: [{ port: 80 }] } },
    { metadata: { name: "ext", namespace: "default" }, spec: { type: "ExternalName", externalName: "example.com" } },
  ];
  const routes = planRoutes(services, (namespace, name) => (namespace === "default" && name === "web" ? endpoints : undefined));
  t.deepEqual([...routes.keys()].sort(), ["default/sticky:", "default/web:http"]);
  t.is(routes.get("default/web:http")?.endpoints.length, 3);
  t.is(routes.get("default/web:http")?.affinityTimeoutMs, 10_800_000);
  t.is(routes.get("default/sticky:")?.affinityTimeoutMs, 60_000);
  t.deepEqual(routes.get("default/sticky:")?.endpoints, []);
});
