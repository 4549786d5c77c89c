// A throwaway HTTP server with just the discovery and pod reads kubectl needs before a stream
// subcommand (exec, attach, port-forward), its upgrades handed to the kube-api stream handlers,
// and a kubeconfig pointing at it: the set-up of the real-kubectl stream tests.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Duplex } from "node:stream";
import type { JsonApiClient } from "../../runtime/api-client/json-api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import type { StreamTarget } from "../../services/kube-api/streams/pod-target.ts";

export type StreamHandler = (target: StreamTarget, req: IncomingMessage, socket: Duplex, head: Buffer) => Promise<void>;

export interface KubectlStreamServer {
  /** kubectl's global flags for this server (kubeconfig, cache dir). */
  readonly flags: string[];
  /** The Upgrade header of each stream request, by subresource, to tell WebSocket from plain SPDY. */
  readonly upgrades: Record<string, string[]>;
  run(args: string[], env?: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }>;
  stop(): Promise<void>;
}

const OPTIONS_KINDS: Record<string, string> = { exec: "PodExecOptions", attach: "PodAttachOptions", portforward: "PodPortForwardOptions" };

/** Whether a kubectl binary is on the PATH. */
export function kubectlInstalled(): Promise<boolean> {
  return new Promise((resolve) => execFile("kubectl", ["version", "--client"], (error) => resolve(!error)));
}

export async function startKubectlStreamServer(api: JsonApiClient, handlers: Record<string, StreamHandler>): Promise<KubectlStreamServer> {
  const subresources = Object.keys(handlers);
  const resources = [
    { name: "pods", singularName: "pod", namespaced: true, kind: "Pod", verbs: ["get", "list"], shortNames: ["po"] },
    ...subresources.map((sub) => ({ name: `pods/${sub}`, singularName: "", namespaced: true, kind: OPTIONS_KINDS[sub] ?? "Status", verbs: ["create", "get"] })),
  ];
  const upgrades: Record<string, string[]> = Object.fromEntries(subresources.map((sub) => [sub, []]));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const answer = (code: number, body: unknown) => {
      res.writeHead(code, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (path === "/api") return answer(200, { kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: [] });
    if (path === "/apis") return answer(200, { kind: "APIGroupList", apiVersion: "v1", groups: [] });
    if (path === "/api/v1") return answer(200, { kind: "APIResourceList", apiVersion: "v1", groupVersion: "v1", resources });
    if (path === "/version") return answer(200, { major: "1", minor: "32", gitVersion: "v1.32.0" });
    const pod = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)$/.exec(path);
    if (pod) {
      api.get("pods", pod[2], { namespace: pod[1] }).then((object) => answer(200, object), (error: unknown) => error instanceof ApiError ? answer(error.code, error.status) : answer(500, { message: String(error) }));
      return;
    }
    answer(404, { kind: "Status", apiVersion: "v1", status: "Failure", reason: "NotFound", code: 404, message: `${path} not found` });
  });
  server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "/", "http://x");
    const route = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/([a-z]+)$/.exec(url.pathname);
    const handler = route ? handlers[route[3]] : undefined;
    if (!route || !handler) return socket.destroy();
    upgrades[route[3]].push(req.headers.upgrade?.toLowerCase() ?? "");
    void handler({ namespace: route[1], pod: route[2], query: url.searchParams }, req, socket, head);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const dir = await mkdtemp(join(tmpdir(), "troupe-kubectl-"));
  const port = (server.address() as AddressInfo).port;
  await writeFile(join(dir, "config"), [
    "apiVersion: v1", "kind: Config", "current-context: t",
    "clusters: [{name: t, cluster: {server: 'http://127.0.0.1:" + port + "'}}]",
    "contexts: [{name: t, context: {cluster: t, user: u, namespace: default}}]",
    "users: [{name: u, user: {}}]",
  ].join("\n"));
  const flags = ["--kubeconfig", join(dir, "config"), "--cache-dir", join(dir, "cache")];
  return {
    flags,
    upgrades,
    run(args, env = {}) {
      return new Promise((resolve) => {
        execFile("kubectl", [...flags, ...args], { timeout: 30_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
          resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
        });
      });
    },
    async stop() {
      server.closeAllConnections();
      server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
