import test from "ava";
import { validateHandler, validateProbe } from "./probe.ts";

const timings = { timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };

function problems(errors: Array<{ field: string; type: string }>): string[] {
  return errors.map((error) => `${error.field} ${error.type}`);
}

test("a probe needs exactly one handler", (t) => {
  t.deepEqual(problems(validateProbe({ ...timings }, "livenessProbe", "p")), ["p FieldValueRequired"]);
  t.deepEqual(problems(validateProbe({ ...timings, exec: { command: ["true"] }, tcpSocket: { port: { intVal: 80 } } }, "livenessProbe", "p")), ["p.tcpSocket FieldValueForbidden"]);
});

test("probe ports are numbers 1-65535 or valid port names", (t) => {
  t.deepEqual(validateProbe({ ...timings, tcpSocket: { port: { strVal: "redis" } } }, "readinessProbe", "p"), []);
  t.deepEqual(problems(validateProbe({ ...timings, tcpSocket: { port: { intVal: 0 } } }, "readinessProbe", "p")), ["p.tcpSocket.port FieldValueInvalid"]);
  t.deepEqual(problems(validateProbe({ ...timings, tcpSocket: { port: { strVal: "Not A Name" } } }, "readinessProbe", "p")), ["p.tcpSocket.port FieldValueInvalid"]);
  t.deepEqual(problems(validateProbe({ ...timings, grpc: { port: 70000 } }, "readinessProbe", "p")), ["p.grpc.port FieldValueInvalid"]);
});

test("HTTP probes need a path, a port and a known scheme", (t) => {
  t.deepEqual(validateProbe({ ...timings, httpGet: { path: "/", port: { intVal: 80 }, scheme: "HTTP" } }, "livenessProbe", "p"), []);
  t.deepEqual(problems(validateProbe({ ...timings, httpGet: { port: { intVal: 80 }, scheme: "FTP", httpHeaders: [{ name: "Bad Header" }] } }, "livenessProbe", "p")), [
    "p.httpGet.path FieldValueRequired",
    "p.httpGet.scheme FieldValueNotSupported",
    "p.httpGet.httpHeaders[0].name FieldValueInvalid",
  ]);
});

test("exec handlers need a command", (t) => {
  t.deepEqual(problems(validateHandler({ exec: { command: [] } }, "h")), ["h.exec.command FieldValueRequired"]);
});

test("liveness and startup probes succeed once, readiness probes may need more", (t) => {
  const probe = { ...timings, successThreshold: 2, exec: { command: ["true"] } };
  t.deepEqual(problems(validateProbe(probe, "livenessProbe", "p")), ["p.successThreshold FieldValueInvalid"]);
  t.deepEqual(problems(validateProbe(probe, "startupProbe", "p")), ["p.successThreshold FieldValueInvalid"]);
  t.deepEqual(validateProbe(probe, "readinessProbe", "p"), []);
});

test("probe timings may not be negative and grace periods belong to liveness and startup", (t) => {
  const probe = { ...timings, initialDelaySeconds: -1, exec: { command: ["true"] }, terminationGracePeriodSeconds: 5 };
  t.deepEqual(problems(validateProbe(probe, "readinessProbe", "p")), ["p.initialDelaySeconds FieldValueInvalid", "p.terminationGracePeriodSeconds FieldValueInvalid"]);
  t.deepEqual(problems(validateProbe({ ...probe, initialDelaySeconds: 0, terminationGracePeriodSeconds: 0 }, "livenessProbe", "p")), ["p.terminationGracePeriodSeconds FieldValueInvalid"]);
});
