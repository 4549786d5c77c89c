// Issue 9's must-pass for rotation: the CA-issued NATS certificates are rotated while a Deployment
// scales up and down, and no API request fails. Client certificates need no server reload (the
// server checks them against the CA): each client reads its files again on its next reconnect,
// and a node joining afterwards connects with its new one. The server's own certificate is loaded
// on SIGHUP; nats-server 2.9 in operator mode then drops its clients, which reconnect at once with
// the new certificate; the API clients send again what the drop left unanswered (a write with the
// same request id, which the API answers once: docs/security.md), so no request fails either.
import { connect as netConnect, type Socket } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { readFile } from "node:fs/promises";
import { X509Certificate } from "node:crypto";
import test from "ava";
import { readClusterCa } from "../cli/cluster/cluster-pki.ts";
import { listNatsCertificates, rotateNatsCertificates } from "../cli/cluster/nats-cert-rotation.ts";
import { NATS_SERVER_CERTIFICATE, natsCertificateFiles } from "../cli/cluster/nats-tls.ts";
import { ApiError, JsonApiClient, type KubeObject } from "../runtime/api-client.ts";
import { eventually } from "./helpers/workload-cluster.ts";
import { startSecureCluster, type SecureCluster } from "./helpers/secure-cluster.ts";

let cluster: SecureCluster;
test.before(async () => {
  cluster = await startSecureCluster({ nodes: 2 });
});
test.after.always(async () => {
  await cluster?.stop();
});

function deployment(replicas: number): KubeObject {
  return {
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "rotating", namespace: "default" },
    spec: { replicas, selector: { matchLabels: { app: "rotating" } }, template: { metadata: { labels: { app: "rotating" } }, spec: { containers: [{ name: "c", image: "hello:plain-text", ports: [{ containerPort: 8080 }] }] } } },
  };
}

async function scaleTo(replicas: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const current = await cluster.json.get("deploy", "rotating", { namespace: "default" });
    try {
      await cluster.json.update({ ...current, spec: { ...(current.spec as object), replicas } });
      return;
    } catch (error) {
      if (!(error instanceof ApiError && error.reason === "Conflict") || attempt > 5) throw error;
    }
  }
}

const readyReplicas = async () => ((await cluster.json.get("deploy", "rotating", { namespace: "default" })).status as { readyReplicas?: number } | undefined)?.readyReplicas ?? 0;

test.serial("rotating every client certificate while a Deployment scales up and down fails no request", async (t) => {
  t.timeout(120_000);
  const ca = (await readClusterCa(cluster.home))!;
  const clients = (await listNatsCertificates(cluster.home, ca)).filter((status) => status.name !== NATS_SERVER_CERTIFICATE);
  const before = new Map(clients.map((status) => [status.name, status.notBefore.getTime()]));
  await cluster.json.apply(deployment(1));
  await eventually(readyReplicas, (ready) => ready === 1, "1 ready replica", 60_000);

  // Steady API traffic on the test's own connection for the whole test: every failure counts.
  const failures: string[] = [];
  let requests = 0;
  let stop = false;
  const traffic = (async () => {
    while (!stop) {
      try {
        await cluster.json.list("pods", { namespace: "default" });
        requests++;
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
  })();
  try {
    await scaleTo(4);
    await rotateNatsCertificates(cluster.home, ca, clients.map((status) => status.name));
    await eventually(readyReplicas, (ready) => ready === 4, "4 ready replicas", 60_000);
    // A client that reconnects reads its rotated files (the admin's, here) and goes on working.
    const client = await cluster.connectWith(cluster.nats.role("admin"), "test-reconnecting", { reconnect: true, maxReconnectAttempts: -1, reconnectTimeWait: 50 });
    const reconnected = (async () => {
      for await (const status of client.status()) if (status.type === "reconnect") return;
    })();
    await client.reconnect();
    await reconnected;
    t.truthy((await new JsonApiClient(client, { timeoutMs: 5000 }).discovery()).resources);
    await scaleTo(1);
    await eventually(readyReplicas, (ready) => ready === 1, "back to 1 ready replica", 60_000);
    // A node joining now connects with its rotated kubelet certificate and runs pods.
    await cluster.addNode(3);
    await scaleTo(3);
    await eventually(readyReplicas, (ready) => ready === 3, "3 ready replicas", 60_000);
  } finally {
    stop = true;
    await traffic;
  }
  t.deepEqual(failures, []);
  t.true(requests > 50, `only ${requests} requests`);
  const after = await listNatsCertificates(cluster.home, ca);
  for (const status of after.filter((s) => before.has(s.name))) t.true(status.notBefore.getTime() > (before.get(status.name) ?? 0), `${status.name} issued again`);
  t.true(after.every((status) => status.issuedByCa));
  t.notRegex(await cluster.serverLog(), /TLS handshake error: (?!EOF)/, "no client failed its handshake with a rotated certificate");
  t.deepEqual(await cluster.violations(), []);
});

/** The certificate nats-server presents to a new client now (INFO first, then the TLS upgrade). */
async function servedCertificate(port: number, caFile: string, certFile: string, keyFile: string): Promise<string> {
  const socket: Socket = netConnect({ host: "127.0.0.1", port });
  await new Promise<void>((resolve, reject) => {
    socket.once("data", () => resolve());
    socket.once("error", reject);
  });
  const [ca, cert, key] = await Promise.all([readFile(caFile), readFile(certFile), readFile(keyFile)]);
  const tls = tlsConnect({ socket, ca, cert, key, servername: "localhost" });
  await new Promise<void>((resolve, reject) => {
    tls.once("secureConnect", () => resolve());
    tls.once("error", reject);
  });
  const fingerprint = tls.getPeerX509Certificate()?.fingerprint256 ?? "";
  tls.destroy();
  return fingerprint;
}

test.serial("rotating the server certificate while a Deployment scales fails no request: clients ride out the reload", async (t) => {
  t.timeout(120_000);
  const ca = (await readClusterCa(cluster.home))!;
  const tls = cluster.nats.role("admin").tls!;
  const serverCert = natsCertificateFiles(cluster.home, NATS_SERVER_CERTIFICATE).certFile;
  const fingerprint = async () => new X509Certificate(await readFile(serverCert)).fingerprint256;
  t.is(await servedCertificate(cluster.server.port, tls.caFile, tls.certFile!, tls.keyFile!), await fingerprint());
  let disconnects = 0;
  let reconnects = 0;
  void (async () => {
    for await (const status of cluster.nc.status()) {
      if (status.type === "disconnect") disconnects++;
      if (status.type === "reconnect") reconnects++;
    }
  })();
  // Reads and writes on the test's own connection the whole time: every failure counts, and a
  // create sent again after the reload's reconnect must not come back AlreadyExists.
  const failures: string[] = [];
  let created = 0;
  let reads = 0;
  let stop = false;
  const traffic = (async () => {
    for (let i = 0; !stop; i++) {
      try {
        await cluster.json.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: `rotation-${i}`, namespace: "default" }, data: { i: String(i) } });
        created++;
        await cluster.json.list("pods", { namespace: "default" });
        reads++;
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
  })();
  try {
    await cluster.json.apply(deployment(2));
    for (let round = 0; round < 3; round++) {
      const old = await fingerprint();
      t.deepEqual(await rotateNatsCertificates(cluster.home, ca, [NATS_SERVER_CERTIFICATE]), { rotated: [NATS_SERVER_CERTIFICATE], serverRotated: true });
      await cluster.server.reload();
      const rotated = await fingerprint();
      t.not(rotated, old);
      await eventually(() => servedCertificate(cluster.server.port, tls.caFile, tls.certFile!, tls.keyFile!), (served) => served === rotated, "the new server certificate served");
      const before = created;
      await eventually(async () => created, (count) => count > before + 5, "writes going on after the reload");
    }
    await eventually(readyReplicas, (ready) => ready === 2, "2 ready replicas", 60_000);
  } finally {
    stop = true;
    await traffic;
  }
  t.deepEqual(failures, []);
  t.true(created > 20 && reads > 20, `${created} creates, ${reads} reads`);
  // nats-server 2.9 drops its clients on a reload in operator mode; each reconnects at once with
  // the new certificate, and the API clients send again what the drop left unanswered.
  t.true(reconnects >= 1, `${reconnects} reconnects`);
  t.is(reconnects, disconnects);
  const names = (await cluster.json.list("configmaps", { namespace: "default" })).items.map((item) => (item.metadata as { name: string }).name).filter((name) => name.startsWith("rotation-"));
  t.is(names.length, created, "every create done once");
  t.false(cluster.nc.isClosed());
});
