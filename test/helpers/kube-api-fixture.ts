// The Kubernetes front end for tests: a cluster CA and serving certificate in a temporary
// directory, a KubeApiServer in this process on a free port, a kubeconfig for it, and a runner
// for the real kubectl (skipped with a printed reason where kubectl is not installed).
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import { kubeconfigYaml } from "../../cli/cluster/kubeconfig.ts";
import { createLogger } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { createCertificateAuthority, issueCertificate, type PemPair } from "../../runtime/pki/certificates.ts";
import { KubeApiServer } from "../../services/kube-api/kube-api-server.ts";
import type { KubeApiOptions } from "../../services/kube-api/options.ts";

export interface KubeApiFixture {
  server: KubeApiServer;
  registry: Registry;
  url: string;
  ca: PemPair;
  admin: PemPair;
  kubeconfig: string;
  dir: string;
  kubectl(args: string[], options?: KubectlOptions): Promise<KubectlResult>;
  stop(): Promise<void>;
}

export interface KubectlOptions {
  input?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Why kubectl tests cannot run here, or undefined when they can. */
export function kubectlMissing(): string | undefined {
  const probe = spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" });
  return probe.status === 0 ? undefined : "kubectl is not installed (the kubectl tests need the real kubectl on PATH)";
}

export async function startKubeApiFixture(nc: NatsConnection, options: Partial<KubeApiOptions> = {}): Promise<KubeApiFixture> {
  const dir = await mkdtemp(join(tmpdir(), "troupe-kube-api-"));
  const ca = await createCertificateAuthority("test-ca");
  const serving = await issueCertificate(ca, { commonName: "kube-api", dnsNames: ["localhost"], ipAddresses: ["127.0.0.1"], usage: "server" });
  const admin = await issueCertificate(ca, { commonName: "troupe-admin", organizations: ["system:masters"], usage: "client" });
  const registry = createMetricsRegistry({ service: "troupe-kube-api" });
  const server = await KubeApiServer.start(
    { nc, registry, logger: createLogger("kube-api", {}, { level: "error" }) },
    { port: 0, tlsCert: serving.certPem, tlsKey: serving.keyPem, clientCa: ca.certPem, ...options },
  );
  const kubeconfig = join(dir, "kubeconfig");
  await writeFile(kubeconfig, kubeconfigYaml("test", server.url, ca, admin), { mode: 0o600 });
  const kubectl = (args: string[], run: KubectlOptions = {}) =>
    new Promise<KubectlResult>((resolve) => {
      const child = execFile("kubectl", args, {
        env: { PATH: process.env.PATH ?? "", HOME: dir, KUBECONFIG: kubeconfig, ...run.env },
        timeout: run.timeoutMs ?? 30_000,
        maxBuffer: 64 * 1024 * 1024,
      }, (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === "number" ? (error as { code: number }).code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
      if (run.input !== undefined) child.stdin?.end(run.input);
    });
  return {
    server, registry, url: server.url, ca, admin, kubeconfig, dir, kubectl,
    async stop() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
