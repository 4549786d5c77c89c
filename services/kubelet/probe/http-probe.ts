// An httpGet probe: a GET to the container's mapped port; any status from 200 to 399 passes.
// HTTPS certificates are not verified, as the kubelet does not verify them either.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { failed, passed, seconds, type ProbeOutcome } from "./probe-outcome.ts";

export interface HttpProbeTarget {
  scheme: "HTTP" | "HTTPS";
  host: string;
  port: number;
  path: string;
  headers: { name: string; value: string }[];
}

const USER_AGENT = "kube-probe/troupe";
/** Enough of the body for a useful failure message. */
const BODY_LIMIT = 1024;

export function probeUrl(target: HttpProbeTarget): string {
  const path = target.path.startsWith("/") ? target.path : `/${target.path}`;
  return `${target.scheme.toLowerCase()}://${target.host}:${target.port}${path}`;
}

export function httpProbe(target: HttpProbeTarget, timeoutMs: number): Promise<ProbeOutcome> {
  const url = probeUrl(target);
  const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: "*/*" };
  for (const header of target.headers) headers[header.name.toLowerCase()] = header.value;
  const request = target.scheme === "HTTPS" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = request(url, { method: "GET", headers, timeout: timeoutMs, rejectUnauthorized: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        if (body.length < BODY_LIMIT) body += chunk;
      });
      res.on("error", () => undefined);
      res.on("end", () => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 400) resolve(passed());
        else resolve(failed(`HTTP probe failed with statuscode: ${status}${body.trim() ? ` (${body.trim().slice(0, 200)})` : ""}`));
      });
    });
    req.on("timeout", () => {
      req.destroy();
      resolve(failed(`Get "${url}": timed out after ${seconds(timeoutMs)} awaiting headers`));
    });
    req.on("error", (error) => resolve(failed(`Get "${url}": ${error.message}`)));
    req.end();
  });
}
