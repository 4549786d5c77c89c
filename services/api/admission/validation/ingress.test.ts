import test from "ava";
import { validateIngress } from "./ingress.ts";

const backend = { service: { name: "web", port: { number: 80 } } };

function ingress(spec: Record<string, unknown>): Record<string, any> {
  return { metadata: { name: "site" }, spec };
}

function rule(host: string, ...paths: Record<string, unknown>[]): Record<string, unknown> {
  return { host, http: { paths } };
}

function problems(spec: Record<string, unknown>): string[] {
  return validateIngress(ingress(spec)).map((error) => `${error.field} ${error.type}`);
}

test("an ingress with rules or only a default backend is valid", (t) => {
  t.deepEqual(problems({ rules: [rule("shop.example.com", { path: "/", pathType: "Prefix", backend })] }), []);
  t.deepEqual(problems({ defaultBackend: backend }), []);
  t.deepEqual(problems({ defaultBackend: { resource: { apiGroup: "k8s.example.com", kind: "StorageBucket", name: "static" } } }), []);
  t.deepEqual(problems({}), ["spec FieldValueInvalid"]);
});

test("hosts are DNS-1123 subdomains, optionally with a leading wildcard label, never IPs", (t) => {
  const hostProblems = (host: string) => problems({ rules: [rule(host, { path: "/", pathType: "Prefix", backend })] });
  t.deepEqual(hostProblems("*.example.com"), []);
  t.deepEqual(hostProblems("Shop.example.com"), ["spec.rules[0].host FieldValueInvalid"]);
  t.deepEqual(hostProblems("shop.*.com"), ["spec.rules[0].host FieldValueInvalid"]);
  t.deepEqual(hostProblems("*"), ["spec.rules[0].host FieldValueInvalid"]);
  const ip = validateIngress(ingress({ rules: [rule("10.0.0.1", { path: "/", pathType: "Prefix", backend })] }));
  t.regex(ip[0].message, /must be a DNS name, not an IP address/);
});

test("paths need a supported pathType and must be absolute", (t) => {
  const pathProblems = (path: Record<string, unknown>) => problems({ rules: [rule("a.example.com", { backend, ...path })] });
  t.deepEqual(pathProblems({ path: "/" }), ["spec.rules[0].http.paths[0].pathType FieldValueRequired"]);
  t.deepEqual(pathProblems({ path: "/", pathType: "Regex" }), ["spec.rules[0].http.paths[0].pathType FieldValueNotSupported"]);
  t.deepEqual(pathProblems({ path: "api", pathType: "Exact" }), ["spec.rules[0].http.paths[0].path FieldValueInvalid"]);
  t.deepEqual(pathProblems({ path: "/a//b", pathType: "Prefix" }), ["spec.rules[0].http.paths[0].path FieldValueInvalid"]);
  t.deepEqual(pathProblems({ path: "", pathType: "ImplementationSpecific" }), []);
  t.deepEqual(problems({ rules: [{ host: "a.example.com", http: { paths: [] } }] }), ["spec.rules[0].http.paths FieldValueRequired"]);
});

test("a backend has exactly one of a service or a resource, a service port exactly one of a name or a number", (t) => {
  const backendProblems = (value: Record<string, unknown>) => problems({ defaultBackend: value });
  t.deepEqual(backendProblems({}), ["spec.defaultBackend FieldValueInvalid"]);
  t.deepEqual(backendProblems({ ...backend, resource: { kind: "Bucket", name: "b" } }), ["spec.defaultBackend FieldValueInvalid"]);
  t.deepEqual(backendProblems({ service: { name: "web", port: { name: "http", number: 80 } } }), ["spec.defaultBackend FieldValueInvalid"]);
  t.deepEqual(backendProblems({ service: { name: "web", port: {} } }), ["spec.defaultBackend FieldValueRequired"]);
  t.deepEqual(backendProblems({ service: { name: "web", port: { number: 0 } } }), ["spec.defaultBackend FieldValueRequired"]);
  t.deepEqual(backendProblems({ service: { name: "web", port: { number: 65536 } } }), ["spec.defaultBackend.service.port.number FieldValueInvalid"]);
  t.deepEqual(backendProblems({ service: { name: "web", port: { name: "http_alt" } } }), ["spec.defaultBackend.service.port.name FieldValueInvalid"]);
  t.deepEqual(backendProblems({ service: { name: "", port: { number: 80 } } }), ["spec.defaultBackend.service.name FieldValueRequired"]);
  t.deepEqual(backendProblems({ resource: { name: "b" } }), ["spec.defaultBackend.resource.kind FieldValueRequired"]);
});

test("TLS hosts and secret names and the class name are checked as names", (t) => {
  t.deepEqual(problems({ defaultBackend: backend, ingressClassName: "Troupe", tls: [{ hosts: ["ok.example.com", "Bad"], secretName: "tls_secret" }] }), [
    "spec.ingressClassName FieldValueInvalid",
    "spec.tls[0].hosts[1] FieldValueInvalid",
    "spec.tls[0].secretName FieldValueInvalid",
  ]);
});
