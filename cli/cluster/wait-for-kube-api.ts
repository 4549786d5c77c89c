// The kubeconfig is written once the Kubernetes front end answers /readyz over HTTPS with the
// cluster CA: a kubectl started right after `troupe up` finds it serving.
import { request } from "node:https";
import { setTimeout as sleep } from "node:timers/promises";
import { ClusterStartError } from "./errors.ts";

export interface WaitForKubeApiOptions {
  url: string;
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

export async function waitForKubeApi(options: WaitForKubeApiOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (await Promise.race([ready(options.url, options.caPem), options.abort])) return;
    await Promise.race([sleep(100), options.abort]);
  }
  throw new ClusterStartError(`the Kubernetes front end did not answer on ${options.url} within ${options.timeoutMs / 1000}s`);
}
