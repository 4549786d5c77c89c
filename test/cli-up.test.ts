// `troupe up` and `troupe down` with temporary TROUPE_HOMEs: detached and foreground clusters,
// side by side, refusing a second `up`, restarting a crashed service.
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { spawnSync } from "node:child_process";
import test from "ava";
import { kubectlMissing } from "./helpers/kube-api-fixture.ts";
import { isProcessAlive, readContext, troupeHome, type ClusterContext } from "../cli/cluster/home.ts";
import { startTroupe, troupe } from "./helpers/troupe-cli.ts";

async function tempHome(t: { teardown(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "troupe-up-test-"));
  t.teardown(async () => {
    // Whatever a failed assertion left running is stopped before the directory goes.
    await troupe(["down", "--timeout", "10s"], { env: { TROUPE_HOME: dir } });
    await rm(dir, { recursive: true, force: true });
  });
  return dir;
}

async function context(home: string): Promise<ClusterContext> {
  const found = await readContext(troupeHome({ TROUPE_HOME: home }));
  if (!found) throw new Error(`no context in ${home}`);
  return found;
}

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(50);
  }
  return false;
}

test("up -d starts a cluster other commands find, and down stops it", async (t) => {
  const home = await tempHome(t);
  const env = { TROUPE_HOME: home };
  const up = await troupe(["up", "-d"], { env });
  t.is(up.code, 0, up.stderr);
  t.regex(up.stdout, /^Troupe cluster is up \(ready in \d+\.\ds\)\.\n {2}NATS URL: +nats:\/\/127\.0\.0\.1:\d+\n/);
  const running = await context(home);
  t.not(running.natsUrl, "nats://127.0.0.1:4222");
  t.deepEqual(running.services.map((service) => service.name), ["nats-server", "api", "collector", "kube-api", "controllers", "scheduler", "kubelet-node-1", "kubelet-node-2", "kubelet-node-3", "console"]);
  t.regex(running.services[1].metricsUrl ?? "", /^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
  for (const service of running.services) t.true(isProcessAlive(service.pid), service.name);

  // The API always runs with encryption at rest, its key file readable by its owner only.
  t.is((await stat(join(home, "encryption-config.yaml"))).mode & 0o777, 0o600);
  t.true(await eventually(async () => (await readFile(running.services[1].logFile, "utf8")).includes("Secrets encrypted at rest")));

  const get = await troupe(["get", "namespaces", "default"], { env });
  t.is(get.code, 0, get.stderr);
  t.regex(get.stdout, /^NAME +STATUS +AGE\ndefault +/);
  const classes = await troupe(["get", "sc"], { env });
  t.is(classes.code, 0, classes.stderr);
  t.regex(classes.stdout, /^NAME +PROVISIONER +RECLAIMPOLICY +VOLUMEBINDINGMODE +ALLOWVOLUMEEXPANSION +AGE\nstandard \(default\) +troupe\.io\/local-path +Delete +WaitForFirstConsumer +false +/);

  // The Kubernetes front end: kubeconfig written (0600), `troupe kubeconfig` names it, the real kubectl uses it.
  t.regex(up.stdout, /\n {2}Kubernetes: +https:\/\/127\.0\.0\.1:\d+ \(kubeconfig .*kubeconfig\)\n/);
  const kubeconfig = await troupe(["kubeconfig"], { env });
  t.is(kubeconfig.code, 0, kubeconfig.stderr);
  t.is(kubeconfig.stdout, `${join(home, "kubeconfig")}\n`);
  t.is((await stat(join(home, "kubeconfig"))).mode & 0o777, 0o600);
  t.is(running.kubeconfig, join(home, "kubeconfig"));
  const missing = kubectlMissing();
  if (missing) t.log(`skipping the kubectl part: ${missing}`);
  else {
    const kubectl = spawnSync("kubectl", ["get", "namespaces", "default"], { env: { PATH: process.env.PATH, HOME: home, KUBECONFIG: running.kubeconfig }, encoding: "utf8" });
    t.is(kubectl.status, 0, kubectl.stderr);
    t.regex(kubectl.stdout, /^NAME +STATUS +AGE\ndefault +Active +/);
    const context = spawnSync("kubectl", ["config", "current-context"], { env: { PATH: process.env.PATH, HOME: home, KUBECONFIG: running.kubeconfig }, encoding: "utf8" });
    t.is(context.stdout, "troupe\n");
  }

  const again = await troupe(["up", "-d"], { env });
  t.is(again.code, 1);
  t.regex(again.stderr, /^error: a cluster is already running in .* \(supervisor pid \d+\)/);

  const down = await troupe(["down"], { env });
  t.is(down.code, 0, down.stderr);
  t.regex(down.stdout, /^Stopped the cluster in .* in \d+\.\ds\.\n$/);
  t.is(await readContext(troupeHome(env)), undefined);
  for (const service of running.services) t.false(isProcessAlive(service.pid), service.name);
  t.false(isProcessAlive(running.pid));

  const after = await troupe(["get", "pods"], { env });
  t.is(after.code, 1);
  t.regex(after.stderr, /^error: no cluster found: run `troupe up`/);
  const downAgain = await troupe(["down"], { env });
  t.is(downAgain.code, 1);
  t.regex(downAgain.stderr, /^error: no cluster is running in /);
});

test("two clusters with different homes run side by side and keep their own state", async (t) => {
  const [first, second] = [await tempHome(t), await tempHome(t)];
  const [upFirst, upSecond] = await Promise.all([
    troupe(["up", "-d"], { env: { TROUPE_HOME: first } }),
    troupe(["up", "-d"], { env: { TROUPE_HOME: second } }),
  ]);
  t.is(upFirst.code, 0, upFirst.stderr);
  t.is(upSecond.code, 0, upSecond.stderr);
  t.not((await context(first)).natsUrl, (await context(second)).natsUrl);

  const manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: only-in-first\n";
  t.is((await troupe(["apply", "-f", "-"], { env: { TROUPE_HOME: first }, stdin: manifest })).code, 0);
  t.is((await troupe(["get", "cm", "only-in-first"], { env: { TROUPE_HOME: first } })).code, 0);
  t.is((await troupe(["get", "cm", "only-in-first"], { env: { TROUPE_HOME: second } })).code, 1);
});

test("state survives down and up again, and --apply applies manifests once ready", async (t) => {
  const home = await tempHome(t);
  const env = { TROUPE_HOME: home };
  const up = await troupe(["up", "-d", "--apply", "examples/web/"], { env });
  t.is(up.code, 0, up.stderr);
  t.regex(up.stdout, /\ndeployment\.apps\/simple-web-app created\nservice\/simple-web-service created\nReach the apps at:\n {2}service default\/simple-web-service: .*127\.77\.\d+\.\d+:80 +127\.0\.0\.1:3\d{4}\n$/);
  t.is((await troupe(["down"], { env })).code, 0);
  const again = await troupe(["up", "-d"], { env });
  t.is(again.code, 0, again.stderr);
  const get = await troupe(["get", "deploy", "simple-web-app", "-o", "name"], { env });
  t.is(get.stdout, "deployment.apps/simple-web-app\n");
});

test("a service that crashes after start-up is restarted and the context follows it", async (t) => {
  const home = await tempHome(t);
  const env = { TROUPE_HOME: home };
  const up = await troupe(["up", "-d"], { env });
  t.is(up.code, 0, up.stderr);
  const before = (await context(home)).services.find((service) => service.name === "api");
  process.kill(before?.pid ?? 0, "SIGKILL");
  t.true(await eventually(async () => {
    const api = (await context(home)).services.find((service) => service.name === "api");
    return api !== undefined && api.pid !== before?.pid && isProcessAlive(api.pid);
  }), "a new api process is recorded");
  t.true(await eventually(async () => (await troupe(["get", "ns"], { env })).code === 0), "the restarted api answers");
});

test("a foreground up stops everything in order on Ctrl-C", async (t) => {
  const home = await tempHome(t);
  const up = startTroupe(["up"], { env: { TROUPE_HOME: home } });
  // Nine Node processes starting on two cores shared with the other test files can take a while.
  await up.waitFor("stdout", /Stop it with: +Ctrl-C/, 90_000);
  const running = await context(home);
  up.child.kill("SIGINT");
  t.is(await up.exited, 0);
  t.is(await readContext(troupeHome({ TROUPE_HOME: home })), undefined);
  for (const service of running.services) t.false(isProcessAlive(service.pid), service.name);
  t.false(isProcessAlive(running.pid));
});
