// The real kubectl reads the OpenAPI documents: `kubectl explain` finds the kinds, follows the
// references and prints the descriptions taken from the proto comments.
import test from "ava";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { startKubectlTestServer, type KubectlTestServer } from "./kubectl-test-server.ts";

const run = promisify(execFile);

async function kubectlOnPath(): Promise<boolean> {
  try {
    await run("kubectl", ["version", "--client"], { timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

const available = await kubectlOnPath();
if (!available) console.log("kubectl is not on PATH: skipping the kubectl explain checks");
const kubectlTest = available ? test.serial : test.skip;

let server: KubectlTestServer;
let cacheDir: string;

test.before(async () => {
  if (!available) return;
  server = await startKubectlTestServer();
  cacheDir = mkdtempSync(join(tmpdir(), "troupe-kubectl-cache-"));
});

test.after.always(async () => {
  await server?.close();
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

async function kubectl(...args: string[]): Promise<string> {
  const { stdout } = await run("kubectl", ["--kubeconfig", server.kubeconfig, "--cache-dir", cacheDir, ...args], {
    timeout: 30_000,
    env: { ...process.env, KUBECONFIG: server.kubeconfig },
  });
  return stdout;
}

kubectlTest("kubectl explain deployment.spec.strategy prints the strategy fields with their descriptions", async (t) => {
  const out = await kubectl("explain", "deployment.spec.strategy");
  t.regex(out, /GROUP:\s+apps/);
  t.regex(out, /KIND:\s+Deployment/);
  t.regex(out, /VERSION:\s+v1/);
  t.regex(out, /FIELD: strategy <DeploymentStrategy>/);
  t.regex(out, /DeploymentStrategy describes how to replace existing pods with new ones/);
  t.regex(out, /rollingUpdate\s+<RollingUpdateDeployment>\n\s+Rolling update config params/);
  t.regex(out, /type\s+<string>\n\s+Type of deployment/);
  t.true(server.requests.includes("/openapi/v3/apis/apps/v1"), server.requests.join(" "));
});

kubectlTest("kubectl explain follows the strategy down to the rolling update's int-or-string fields", async (t) => {
  const out = await kubectl("explain", "deployment.spec.strategy.rollingUpdate");
  t.regex(out, /FIELD: rollingUpdate <RollingUpdateDeployment>/);
  t.regex(out, /Spec to control the desired behavior of a rolling update/);
  // kubectl prints the type the referenced IntOrString schema declares.
  t.regex(out, /maxSurge\s+<string>\n\s+The maximum number of pods that may be created above/);
  t.regex(out, /maxUnavailable\s+<string>\n\s+The maximum number of pods that may be unavailable/);
});

kubectlTest("kubectl explain pods.spec.containers prints the container fields with their descriptions", async (t) => {
  const out = await kubectl("explain", "pods.spec.containers");
  t.regex(out, /KIND:\s+Pod/);
  t.regex(out, /FIELD: containers <\[\]Container>/);
  t.regex(out, /List of containers belonging to the pod/);
  t.regex(out, /image\s+<string>\n\s+Container image name/);
  t.regex(out, /name\s+<string>\n\s+Name of the container specified as a DNS_LABEL/);
  t.regex(out, /ports\s+<\[\]ContainerPort>/);
  t.regex(out, /resources\s+<ResourceRequirements>/);
});
