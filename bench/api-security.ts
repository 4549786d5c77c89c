// What security costs the API, in one run: the same ConfigMap create, update and get at a fixed
// rate (default 200/s) against two API processes, each with its own nats-server.
//   OFF: no NATS authentication, the identity-less subjects (the insecure admin), audit off.
//   ON:  an operator-mode nats-server (user JWTs from the cluster authority), a non-admin user
//        on its identity subject troupe.api.v1.as.<token>.<verb> with its own inbox prefix, the
//        built-in audit policy writing every request to TROUPE_AUDIT, and RBAC where the API
//        serves it (the user is then bound to a Role allowing just these ConfigMap verbs).
// Rounds alternate which side goes first; each figure is the median over rounds. The aim: ON
// within 1.2x of OFF at p50. BENCH_ON_AUDIT=off leaves audit out of ON (authentication alone).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, credsAuthenticator, type NatsConnection } from "@nats-io/transport-node";
import { JsonApiClient, type KubeObject } from "../runtime/api-client.ts";
import { bindConnectionIdentity } from "../runtime/auth/connection-identity.ts";
import { encodeIdentityToken } from "../runtime/auth/identity-token.ts";
import { inboxPrefixFor } from "../runtime/auth/inbox-prefix.ts";
import { createNatsAuthority, natsServerAuthConfig } from "../runtime/auth/nats-authority.ts";
import { mintUserCredentials } from "../runtime/auth/nats-user-credentials.ts";
import { authenticatedUser, INSECURE_ADMIN } from "../runtime/auth/user-info.ts";
import { findResource } from "../runtime/codec/resources.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { serviceNodeFlags } from "../cli/cluster/cluster-services.ts";
import { atRate, percentile, report, round as round3, summarize } from "./stats.ts";
import { startBenchService, type BenchService } from "./support/service-process.ts";

const rate = Number(process.env.BENCH_RATE ?? 200);
const count = Number(process.env.BENCH_COUNT ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const warmup = 300;
/** BENCH_ON_AUDIT=off measures the ON side without audit: what authentication alone costs. */
const onAudit = process.env.BENCH_ON_AUDIT === "off" ? "off" : "on";
const BENCH_USER = authenticatedUser("bench-user", ["bench"]);

interface Side {
  name: "off" | "on";
  client: JsonApiClient;
  /** What the ON side measures, for the results file. */
  measures: string[];
}

async function waitForApi(client: JsonApiClient): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.list("configmaps", { namespace: "default", limit: 1 });
      return;
    } catch (error) {
      if (attempt > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * The authorization part of ON: once the API serves RBAC, the bench user gets a Role with just
 * the verbs measured, so every request goes through the authorizer's allow path. Until then the
 * ON side measures authentication and audit only, and says so.
 */
async function grantBenchUser(admin: JsonApiClient): Promise<string[]> {
  if (!findResource("roles.rbac.authorization.k8s.io") || !findResource("rolebindings.rbac.authorization.k8s.io")) return ["authentication"];
  await admin.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: { name: "bench-configmaps", namespace: "default" },
    rules: [{ apiGroups: [""], resources: ["configmaps"], verbs: ["get", "create", "update"] }],
  } as KubeObject);
  await admin.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "bench-configmaps", namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "bench-configmaps" },
    subjects: [{ kind: "User", apiGroup: "rbac.authorization.k8s.io", name: BENCH_USER.username }],
  } as KubeObject);
  return ["authentication", "authorization (RBAC)"];
}

const dir = await mkdtemp(join(tmpdir(), "troupe-bench-security-"));
const plainServer = await startNatsServer();
const seeds = createNatsAuthority();
const adminCreds = await mintUserCredentials(seeds, INSECURE_ADMIN, { pub: { allow: [">"] }, sub: { allow: [">"] } });
const authServer = await startNatsServer({ extraConfig: await natsServerAuthConfig(seeds), probeConnectOptions: { authenticator: credsAuthenticator(adminCreds.creds) } });
const credsFile = join(dir, "api.creds");
await writeFile(credsFile, adminCreds.creds, { mode: 0o600 });
const services: BenchService[] = [];
const connections: NatsConnection[] = [];
try {
  services.push(await startBenchService("services/api/main.ts", plainServer.url, { TROUPE_AUDIT: "off" }));
  services.push(await startBenchService("bench/support/authenticated-api.ts", authServer.url, { BENCH_NATS_CREDS: credsFile, TROUPE_AUDIT: onAudit }, serviceNodeFlags("services/api/main.ts")));

  const offNc = await connect({ servers: plainServer.url });
  const adminNc = await connect({ servers: authServer.url, authenticator: credsAuthenticator(adminCreds.creds) });
  bindConnectionIdentity(adminNc, adminCreds.identityToken);
  const user = await mintUserCredentials(seeds, BENCH_USER, { sub: { allow: [`${inboxPrefixFor(encodeIdentityToken(BENCH_USER))}.>`] } });
  const userNc = await connect({ servers: authServer.url, authenticator: credsAuthenticator(user.creds), inboxPrefix: inboxPrefixFor(user.identityToken) });
  bindConnectionIdentity(userNc, user.identityToken);
  connections.push(offNc, adminNc, userNc);

  const off: Side = { name: "off", client: new JsonApiClient(offNc), measures: [] };
  const admin = new JsonApiClient(adminNc);
  await waitForApi(off.client);
  await waitForApi(admin);
  const on: Side = { name: "on", client: new JsonApiClient(userNc), measures: [...(await grantBenchUser(admin)), ...(onAudit === "off" ? [] : ["audit"])] };
  console.error(`ON measures: ${on.measures.join(", ")}`);

  const configMap = (name: string, value: string): KubeObject => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace: "default" }, data: { value } });
  for (const side of [off, on]) await atRate(rate, warmup, async (i) => void (await side.client.create(configMap(`warm-${i}`, "w"))));

  const measure = async (side: Side, prefix: string): Promise<Record<string, number[]>> => {
    const objects: KubeObject[] = [];
    const create = await atRate(rate, count, async (i) => void (objects[i] = await side.client.create(configMap(`${prefix}-${i}`, "0"))));
    const update = await atRate(rate, count, async (i) => void (objects[i] = await side.client.update({ ...objects[i], data: { value: "1" } })));
    const get = await atRate(rate, count, async (i) => void (await side.client.get("configmaps", `${prefix}-${i}`, { namespace: "default" })));
    return { create, update, get };
  };

  const perRound: Record<string, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [off, on] : [on, off];
    const figures: Record<string, number> = {};
    for (const side of order) {
      const samples = await measure(side, `r${round}`);
      for (const [operation, latencies] of Object.entries(samples)) {
        const summary = summarize(latencies);
        figures[`${side.name}.${operation}P50Ms`] = summary.p50Ms;
        figures[`${side.name}.${operation}P99Ms`] = summary.p99Ms;
      }
      const all = summarize(Object.values(samples).flat());
      figures[`${side.name}.allP50Ms`] = all.p50Ms;
      figures[`${side.name}.allP99Ms`] = all.p99Ms;
    }
    perRound.push(figures);
    console.error(`round ${round + 1}/${rounds}: ${JSON.stringify(figures)}`);
  }

  const median = (key: string): number => round3(percentile(perRound.map((figures) => figures[key]), 50));
  const figures: Record<string, unknown> = { ratePerSecond: rate, requestsPerOperation: count, rounds, onMeasures: on.measures };
  for (const operation of ["create", "update", "get", "all"]) {
    for (const side of ["off", "on"]) {
      figures[`${side}${capitalize(operation)}P50Ms`] = median(`${side}.${operation}P50Ms`);
      figures[`${side}${capitalize(operation)}P99Ms`] = median(`${side}.${operation}P99Ms`);
    }
    figures[`${operation}OnOverOffP50`] = round3(median(`on.${operation}P50Ms`) / median(`off.${operation}P50Ms`));
  }
  figures.auditDropped = Number(/troupe_api_audit_dropped_total(?:\{[^}]*\})? (\d+)/.exec(await services[1].metrics().catch(() => ""))?.[1] ?? Number.NaN);
  figures.perRound = perRound;
  await report("api-security", figures);
} finally {
  for (const nc of connections) await nc.close().catch(() => undefined);
  for (const service of services) await service.stop();
  await authServer.destroy();
  await plainServer.destroy();
  await rm(dir, { recursive: true, force: true });
}

function capitalize(text: string): string {
  return `${text[0].toUpperCase()}${text.slice(1)}`;
}
