// Test helper: the smallest HTTP server the real kubectl accepts for `kubectl explain`, `create`
// and `apply` (version, legacy discovery derived from RESOURCES, the OpenAPI documents, objects a
// test puts in place, writes recorded and echoed), with a kubeconfig for it. It stands in for
// services/kube-api only so the documents can be checked against kubectl.
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { RESOURCES, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import { openApiResponse } from "./mod.ts";

export interface RecordedWrite {
  method: string;
  /** Path and query, as sent. */
  url: string;
  contentType: string;
  body: string;
}

export interface KubectlTestServer {
  url: string;
  kubeconfig: string;
  /** Request paths in the order they arrived, for assertions and debugging. */
  requests: string[];
  /** POST/PUT/PATCH/DELETE requests, in order. */
  writes: RecordedWrite[];
  /** Objects GET returns, by request path (/apis/apps/v1/namespaces/default/deployments/web). */
  objects: Map<string, object>;
  close(): Promise<void>;
}

function apiResources(groupVersion: string): object[] {
  const members = RESOURCES.filter((info) => info.apiVersion === groupVersion);
  return members.flatMap((info: ResourceInfo) => [
    {
      name: info.plural,
      singularName: info.singular,
      namespaced: info.namespaced,
      kind: info.kind,
      verbs: ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
      ...(info.shortNames.length > 0 ? { shortNames: info.shortNames } : {}),
    },
    ...(info.hasStatus ? [{ name: `${info.plural}/status`, singularName: "", namespaced: info.namespaced, kind: info.kind, verbs: ["get", "patch", "update"] }] : []),
  ]);
}

function discovery(path: string): object | undefined {
  if (path === "/version") return { major: "1", minor: "32", gitVersion: "v1.32.0", platform: "linux/amd64" };
  if (path === "/api") return { kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: [] };
  const groupVersions = [...new Set(RESOURCES.filter((info) => info.group).map((info) => info.apiVersion))];
  if (path === "/apis") {
    return {
      kind: "APIGroupList",
      apiVersion: "v1",
      groups: groupVersions.map((gv) => {
        const version = { groupVersion: gv, version: gv.slice(gv.indexOf("/") + 1) };
        return { name: gv.slice(0, gv.indexOf("/")), versions: [version], preferredVersion: version };
      }),
    };
  }
  const groupVersion = path === "/api/v1" ? "v1" : path.startsWith("/apis/") ? path.slice("/apis/".length) : undefined;
  if (groupVersion && (groupVersion === "v1" || groupVersions.includes(groupVersion))) {
    return { kind: "APIResourceList", apiVersion: "v1", groupVersion, resources: apiResources(groupVersion) };
  }
  return undefined;
}

export async function startKubectlTestServer(): Promise<KubectlTestServer> {
  const requests: string[] = [];
  const writes: RecordedWrite[] = [];
  const objects = new Map<string, object>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(url.pathname);
    const send = (body: string, status = 200): void => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(body);
    };
    if (request.method !== "GET") {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString("utf8");
      writes.push({ method: request.method ?? "", url: request.url ?? "", contentType: request.headers["content-type"] ?? "", body });
      // Echo the object (created or, for a patch, as it was): enough for kubectl to print its result.
      const existing = objects.get(url.pathname);
      return send(existing ? JSON.stringify(existing) : body, request.method === "POST" ? 201 : 200);
    }
    const object = objects.get(url.pathname);
    if (object) return send(JSON.stringify(object));
    const openApi = openApiResponse({
      path: url.pathname,
      query: url.searchParams,
      accept: request.headers.accept,
      ifNoneMatch: request.headers["if-none-match"],
    });
    if (openApi) {
      response.writeHead(openApi.status, openApi.headers);
      return response.end(openApi.body);
    }
    const body = discovery(url.pathname);
    if (body) return send(JSON.stringify(body));
    response.writeHead(404, { "content-type": "application/json" });
    response.end(JSON.stringify({ kind: "Status", apiVersion: "v1", status: "Failure", reason: "NotFound", code: 404, message: "not found" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), "troupe-kubectl-"));
  const kubeconfig = join(dir, "kubeconfig");
  writeFileSync(
    kubeconfig,
    [
      "apiVersion: v1",
      "kind: Config",
      "clusters: [{name: test, cluster: {server: \"" + url + "\"}}]",
      "users: [{name: test, user: {}}]",
      "contexts: [{name: test, context: {cluster: test, user: test}}]",
      "current-context: test",
      "",
    ].join("\n"),
  );
  return {
    url,
    kubeconfig,
    requests,
    writes,
    objects,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
