// The kubeconfig is written once the Kubernetes front end has said where it serves (6443, or a
// free port when that is taken: it writes its URL to a file) and answers /readyz over HTTPS with
// the cluster CA: a kubectl started right after `troupe up` finds it serving.
import { readFile } from "node:fs/promises";
import { request } from "node:https";
import { setTimeout as sleep } from "node:timers/promises";
import { ClusterStartError } from "./errors.ts";

export interface WaitForKubeApiOptions {
  urlFile: string;
  caPem: string;
  timeoutMs: number;
  abort: Promise<never>;
}

function ready(url: string, caPem: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(new URL("/readyz", url), { ca: caPem, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

async function servedUrl(urlFile: string): Promise<string | undefined> {
  try {
    return (await readFile(urlFile, "utf8")).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The front end's URL, once it answers. */
export async function waitForKubeApi(options: WaitForKubeApiOptions): Promise<string> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    const url = await servedUrl(options.urlFile);
    if (url && (await Promise.race([ready(url, options.caPem), options.abort]))) return url;
    await Promise.race([sleep(100), options.abort]);
  }
  throw new ClusterStartError(`the Kubernetes front end did not answer within ${options.timeoutMs / 1000}s (see its log, kube-api.log)`);
}
