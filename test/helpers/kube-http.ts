// A small HTTPS client for the Kubernetes front end's tests: trusts the fixture's CA, sends the
// admin's client certificate, returns status, headers and body.
import { request } from "node:https";
import type { IncomingHttpHeaders } from "node:http";
import type { KubeApiFixture } from "./kube-api-fixture.ts";

export interface KubeHttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

export function kubeHttp(fixture: KubeApiFixture, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<KubeHttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, fixture.url), {
      method,
      ca: fixture.ca.certPem,
      cert: fixture.admin.certPem,
      key: fixture.admin.keyPem,
      headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}
