import test from "ava";
import { defaultService } from "../defaults/service.ts";
import { validateService, validateServiceUpdate } from "./service.ts";

function service(spec: Record<string, unknown>): Record<string, any> {
  const value: Record<string, any> = { metadata: { name: "web" }, spec: { selector: { app: "web" }, ports: [{ port: 80 }], ...spec } };
  defaultService(value);
  return value;
}

function problems(value: Record<string, any>): string[] {
  return validateService(value).map((error) => `${error.field} ${error.type}`);
}

test("a defaulted service of each type with a port is valid", (t) => {
  for (const type of ["ClusterIP", "NodePort", "LoadBalancer"]) t.deepEqual(problems(service({ type })), [], type);
  t.deepEqual(problems(service({ type: "ExternalName", externalName: "db.example.com", ports: [] })), []);
});

test("ports are required except for headless and ExternalName services", (t) => {
  t.deepEqual(problems(service({ ports: [] })), ["spec.ports FieldValueRequired"]);
  t.deepEqual(problems(service({ ports: [], clusterIP: "None" })), []);
});

test("with several ports each needs a unique DNS-label name", (t) => {
  t.deepEqual(problems(service({ ports: [{ port: 80 }, { port: 443, name: "https" }] })), ["spec.ports[0].name FieldValueRequired"]);
  t.deepEqual(problems(service({ ports: [{ port: 80, name: "web" }, { port: 443, name: "web" }, { port: 8080, name: "Alt_Web" }] })), [
    "spec.ports[1].name FieldValueDuplicate",
    "spec.ports[2].name FieldValueInvalid",
  ]);
});

test("target ports are numbers or IANA port names", (t) => {
  t.deepEqual(problems(service({ ports: [{ port: 80, targetPort: { strVal: "http" } }] })), []);
  t.deepEqual(problems(service({ ports: [{ port: 80, targetPort: { strVal: "http_alt" } }] })), ["spec.ports[0].targetPort FieldValueInvalid"]);
  t.deepEqual(problems(service({ ports: [{ port: 80, targetPort: { intVal: 65536 } }] })), ["spec.ports[0].targetPort FieldValueInvalid"]);
});

test("node ports are only for NodePort and LoadBalancer services and valid port numbers", (t) => {
  t.deepEqual(problems(service({ type: "NodePort", ports: [{ port: 80, nodePort: 30080 }] })), []);
  const clusterIP = validateService(service({ ports: [{ port: 80, nodePort: 30080 }] }));
  t.deepEqual(clusterIP.map((error) => error.message), ["Forbidden: may not be used when `type` is 'ClusterIP'"]);
  t.deepEqual(problems(service({ type: "NodePort", ports: [{ port: 80, nodePort: 70000 }] })), ["spec.ports[0].nodePort FieldValueInvalid"]);
  t.deepEqual(problems(service({ type: "NodePort", ports: [{ port: 80, name: "a", nodePort: 30080 }, { port: 81, name: "b", nodePort: 30080 }] })), ["spec.ports[1].nodePort FieldValueDuplicate"]);
});

test("clusterIP None is only for ClusterIP services and other values must be IPs", (t) => {
  t.deepEqual(problems(service({ type: "NodePort", clusterIP: "None" })), ["spec.clusterIP FieldValueInvalid"]);
  t.deepEqual(problems(service({ clusterIP: "10.0.0.300" })), ["spec.clusterIP FieldValueInvalid"]);
  t.deepEqual(problems(service({ clusterIP: "127.77.0.10" })), []);
});

test("ExternalName services need an external name and no cluster IP", (t) => {
  t.deepEqual(problems(service({ type: "ExternalName", ports: [], clusterIP: "10.0.0.1" })), ["spec.externalName FieldValueRequired", "spec.clusterIP FieldValueForbidden"]);
});

test("affinity, traffic policies and selectors must be valid", (t) => {
  t.deepEqual(problems(service({ sessionAffinity: "Sticky" })), ["spec.sessionAffinity FieldValueNotSupported"]);
  t.deepEqual(problems(service({ sessionAffinity: "ClientIP", sessionAffinityConfig: { clientIP: { timeoutSeconds: 0 } } })), ["spec.sessionAffinityConfig.clientIP.timeoutSeconds FieldValueInvalid"]);
  t.deepEqual(problems(service({ externalTrafficPolicy: "Local" })), ["spec.externalTrafficPolicy FieldValueInvalid"]);
  t.deepEqual(problems(service({ selector: { "bad key": "x" } })), ["spec.selector FieldValueInvalid"]);
  t.deepEqual(problems(service({ ipFamilies: ["IPv5"] })), ["spec.ipFamilies[0] FieldValueNotSupported"]);
});

test("an allocated cluster IP cannot be changed", (t) => {
  const old = service({ clusterIP: "127.77.0.1" });
  t.deepEqual(validateServiceUpdate(service({ clusterIP: "127.77.0.1", ports: [{ port: 81 }] }), old), []);
  t.deepEqual(validateServiceUpdate(service({ clusterIP: "127.77.0.2" }), old).map((error) => error.field), ["spec.clusterIP"]);
});
