// Test helper: a stand-in API server on 127.0.0.1 that answers just enough discovery for kubectl
// and records the bodies it POSTs, so tests can decode exactly what the real kubectl sends.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface CapturedRequest {
  method: string;
  path: string;
  contentType: string;
  body: Buffer;
}

export interface KubectlCapture {
  requests: CapturedRequest[];
  /** Runs kubectl against the stand-in server; resolves with its stdout. */
  kubectl(...args: string[]): Promise<string>;
  close(): Promise<void>;
}

function apiResource(name: string, kind: string, namespaced: boolean) {
  return { name, singularName: kind.toLowerCase(), namespaced, kind, verbs: ["create", "get", "list", "delete"] };
}

const DISCOVERY: Record<string, unknown> = {
  "/version": { major: "1", minor: "32", gitVersion: "v1.32.0" },
  "/api": { kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress: "127.0.0.1" }] },
  "/apis": {
    kind: "APIGroupList",
    apiVersion: "v1",
    groups: [{ name: "apps", versions: [{ groupVersion: "apps/v1", version: "v1" }], preferredVersion: { groupVersion: "apps/v1", version: "v1" } }],
  },
  "/api/v1": {
    kind: "APIResourceList",
    groupVersion: "v1",
    resources: [apiResource("configmaps", "ConfigMap", true), apiResource("secrets", "Secret", true), apiResource("namespaces", "Namespace", false)],
  },
  "/apis/apps/v1": { kind: "APIResourceList", groupVersion: "apps/v1", resources: [apiResource("deployments", "Deployment", true)] },
};

function reply(res: ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

export async function startKubectlCapture(): Promise<KubectlCapture> {
  const requests: CapturedRequest[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? "", path, contentType: req.headers["content-type"] ?? "", body });
      if (req.method === "GET" && DISCOVERY[path]) return reply(res, 200, DISCOVERY[path]);
      // kubectl prints the reply; any object with a name will do, the test reads the request.
      if (req.method === "POST") return reply(res, 201, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "captured" } });
      reply(res, 404, { apiVersion: "v1", kind: "Status", status: "Failure", reason: "NotFound", code: 404 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const home = await mkdtemp(join(tmpdir(), "troupe-kubectl-"));
  const kubeconfig = join(home, "kubeconfig");
  await writeFile(kubeconfig, [
    "apiVersion: v1",
    "kind: Config",
    `clusters: [{name: capture, cluster: {server: "http://127.0.0.1:${port}"}}]`,
    "users: [{name: capture, user: {}}]",
    "contexts: [{name: capture, context: {cluster: capture, user: capture, namespace: default}}]",
    "current-context: capture",
    "",
  ].join("\n"));
  // HOME too, so kubectl's discovery cache lands in the temporary folder.
  const env = { ...process.env, KUBECONFIG: kubeconfig, HOME: home };
  return {
    requests,
    kubectl: async (...args) => (await run("kubectl", args, { env, timeout: 30_000 })).stdout,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** Whether a kubectl binary is on PATH, so tests that need it can skip with a reason. */
export async function kubectlAvailable(): Promise<boolean> {
  try {
    await run("kubectl", ["version", "--client"], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}
