// The workload of the endpoints benchmark: a Deployment of small HTTP servers run from the host
// (image "host") that answer their pod name on $PORT and pass their readiness probe only while a
// marker file named after the pod exists, so the benchmark decides when each pod turns Ready. The
// first passing probe after a failing one writes `<marker>.probed` with the wall-clock time in ms,
// so the benchmark can tell the probe's period from what follows it.
import type { KubeObject } from "../../runtime/api-client.ts";
import { hostDeployment } from "./host-deployment.ts";

const MARKER_SERVER = `
const { createServer } = require("node:http");
const { existsSync, writeFileSync } = require("node:fs");
const name = process.env.TROUPE_POD_NAME;
const marker = require("node:path").join(process.env.MARKER_DIR, name);
let ready = false;
createServer((request, response) => {
  if (request.url === "/ready") {
    const now = existsSync(marker);
    if (now && !ready) writeFileSync(marker + ".probed", String(performance.timeOrigin + performance.now()));
    ready = now;
    response.writeHead(now ? 200 : 503);
  }
  response.end(name);
}).listen(Number(process.env.PORT));
`;

/** Pods labelled app=<name> in the default namespace, probed every second, Ready after one success. */
export function markerReadyDeployment(name: string, replicas: number, markerDir: string): KubeObject {
  return hostDeployment(name, replicas, {
    name: "web", command: [process.execPath, "-e", MARKER_SERVER],
    env: [{ name: "MARKER_DIR", value: markerDir }],
    ports: [{ name: "http", containerPort: 8080 }],
    readinessProbe: { httpGet: { path: "/ready", port: "http" }, periodSeconds: 1, failureThreshold: 1, successThreshold: 1 },
  });
}

/** A ClusterIP Service over the Deployment's pods, port 8080 to the pods' "http" port. */
export function markerReadyService(name: string): KubeObject {
  return {
    apiVersion: "v1", kind: "Service", metadata: { name, namespace: "default" },
    spec: { type: "ClusterIP", selector: { app: name }, ports: [{ name: "http", port: 8080, targetPort: "http" }] },
  };
}
