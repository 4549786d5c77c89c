import test from "ava";
import { IngressRouteTable } from "./ingress-routes.ts";
import type { IngressBackend, IngressObject } from "./ingress-routes.ts";

const service = (name: string): IngressBackend => ({ service: { name, port: { number: 80 } } });

function ingress(name: string, rules: { host?: string; paths: [string, string, string][] }[], extra: Partial<IngressObject["spec"]> = {}, created = "2026-01-01T00:00:00Z"): IngressObject {
  return {
    metadata: { name, namespace: "shop", creationTimestamp: created },
    spec: {
      ...extra,
      rules: rules.map((rule) => ({ host: rule.host, http: { paths: rule.paths.map(([path, pathType, backend]) => ({ path, pathType, backend: service(backend) })) } })),
    },
  };
}

const backendOf = (table: IngressRouteTable, host: string, path: string) => table.match(host, path)?.route.backend.service?.name;

test("Prefix matches whole path elements, and the longest path wins", (t) => {
  const table = new IngressRouteTable([ingress("a", [{ paths: [["/", "Prefix", "root"], ["/api", "Prefix", "api"], ["/api/orders/", "Prefix", "orders"]] }])]);
  t.is(backendOf(table, "x", "/"), "root");
  t.is(backendOf(table, "x", "/api"), "api");
  t.is(backendOf(table, "x", "/api/"), "api");
  t.is(backendOf(table, "x", "/apix"), "root");
  t.is(backendOf(table, "x", "/api/orders"), "orders");
  t.is(backendOf(table, "x", "/api/orders/42"), "orders");
  t.is(table.match("x", "/api/orders/42")?.rest, "42");
});

test("Exact matches only its path and wins a tie with Prefix", (t) => {
  const table = new IngressRouteTable([ingress("a", [{ paths: [["/login", "Prefix", "prefix"], ["/login", "Exact", "exact"]] }])]);
  t.is(backendOf(table, "x", "/login"), "exact");
  t.is(backendOf(table, "x", "/login/again"), "prefix");
  const onlyExact = new IngressRouteTable([ingress("a", [{ paths: [["/login", "Exact", "exact"]] }])]);
  t.is(backendOf(onlyExact, "x", "/login/"), undefined);
});

test("hosts: exact before a one-label wildcard before any host; ports and case do not matter", (t) => {
  const table = new IngressRouteTable([
    ingress("a", [
      { host: "shop.example.com", paths: [["/", "Prefix", "exact-host"]] },
      { host: "*.example.com", paths: [["/", "Prefix", "wildcard"]] },
      { paths: [["/", "Prefix", "any"]] },
    ]),
  ]);
  t.is(backendOf(table, "Shop.Example.com:8080", "/"), "exact-host");
  t.is(backendOf(table, "blog.example.com", "/x"), "wildcard");
  t.is(backendOf(table, "a.b.example.com", "/"), "any");
  t.is(backendOf(table, "example.com", "/"), "any");
});

test("a request no rule matches goes to the oldest default backend, else nowhere", (t) => {
  const older = ingress("old", [{ host: "a.test", paths: [["/", "Prefix", "a"]] }], { defaultBackend: service("fallback-old") }, "2026-01-01T00:00:00Z");
  const newer = ingress("new", [], { defaultBackend: service("fallback-new") }, "2026-02-01T00:00:00Z");
  t.is(backendOf(new IngressRouteTable([newer, older]), "b.test", "/"), "fallback-old");
  t.is(new IngressRouteTable([ingress("x", [{ host: "a.test", paths: [["/", "Prefix", "a"]] }])]).match("b.test", "/"), undefined);
});

test("ImplementationSpecific behaves as Prefix and the route knows its Ingress and namespace", (t) => {
  const table = new IngressRouteTable([ingress("web", [{ paths: [["/docs", "ImplementationSpecific", "docs"]] }])]);
  const match = table.match("x", "/docs/intro");
  t.is(match?.route.backend.service?.name, "docs");
  t.is(match?.route.ingress, "shop/web");
  t.is(match?.route.namespace, "shop");
  t.is(match?.rest, "intro");
});
