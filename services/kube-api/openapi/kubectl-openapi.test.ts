// The real kubectl reads the OpenAPI documents: `kubectl explain` finds the kinds, follows the
// references and prints the descriptions taken from the proto comments; `create` finds the
// fieldValidation parameter; `apply` takes the list merge keys from the v3 schemas.
import test from "ava";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { RESOURCES } from "../../../runtime/codec/resources.ts";
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
if (!available) console.log("kubectl is not on PATH: skipping the kubectl explain, create and apply checks");
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

async function kubectlWithStderr(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run("kubectl", ["--kubeconfig", server.kubeconfig, "--cache-dir", cacheDir, ...args], {
    timeout: 30_000,
    env: { ...process.env, KUBECONFIG: server.kubeconfig },
  });
}

async function kubectl(...args: string[]): Promise<string> {
  return (await kubectlWithStderr(...args)).stdout;
}

kubectlTest("kubectl explain deployment.spec.strategy prints the strategy fields with their descriptions", async (t) => {
  const out = await kubectl("explain", "deployment.spec.strategy");
  t.regex(out, /GROUP:\s+apps/);
  t.regex(out, /KIND:\s+Deployment/);
  t.regex(out, /VERSION:\s+v1/);
  t.regex(out, /FIELD: strategy <DeploymentStrategy>/);
  t.regex(out, /DeploymentStrategy says how a Deployment replaces its running pods/);
  t.regex(out, /rollingUpdate\s+<RollingUpdateDeployment>\n\s+The bounds of a rolling update/);
  t.regex(out, /type\s+<string>\n\s+The kind of replacement/);
  t.true(server.requests.includes("/openapi/v3/apis/apps/v1"), server.requests.join(" "));
});

kubectlTest("kubectl explain follows the strategy down to the rolling update's int-or-string fields", async (t) => {
  const out = await kubectl("explain", "deployment.spec.strategy.rollingUpdate");
  t.regex(out, /FIELD: rollingUpdate <RollingUpdateDeployment>/);
  t.regex(out, /How a rolling update replaces pods/);
  t.regex(out, /maxSurge\s+<IntOrString>\n\s+How many pods may exist above the desired number/);
  t.regex(out, /maxUnavailable\s+<IntOrString>\n\s+How many of the desired pods may be missing/);
});

kubectlTest("kubectl explain pods.spec.containers prints the container fields with their descriptions", async (t) => {
  const out = await kubectl("explain", "pods.spec.containers");
  t.regex(out, /KIND:\s+Pod/);
  t.regex(out, /FIELD: containers <\[\]Container>/);
  t.regex(out, /The pod's app containers; at least one/);
  t.regex(out, /image\s+<string>\n\s+The image to run/);
  t.regex(out, /name\s+<string> -required-\n\s+The container's name, a DNS label/);
  t.regex(out, /ports\s+<\[\]ContainerPort>/);
  t.regex(out, /resources\s+<ResourceRequirements>/);
});

kubectlTest("kubectl explain finds every kind Troupe serves", async (t) => {
  for (const info of RESOURCES) {
    const name = info.group ? `${info.plural}.${info.group}` : info.plural;
    const out = await kubectl("explain", name);
    t.regex(out, new RegExp(`KIND:\\s+${info.kind}\\n`), name);
    t.regex(out, /metadata\s+<ObjectMeta>/, name);
  }
});

kubectlTest("kubectl explain names quantities and int-or-strings as Kubernetes does", async (t) => {
  t.regex(await kubectl("explain", "pods.spec.containers.resources"), /limits\s+<map\[string\]Quantity>/);
  t.regex(await kubectl("explain", "pods.spec.containers.livenessProbe.httpGet"), /port\s+<IntOrString>/);
  t.regex(await kubectl("explain", "pods.metadata"), /creationTimestamp\s+<string>/);
});

kubectlTest("kubectl explain --output plaintext-openapiv2 reads the v2 document", async (t) => {
  const out = await kubectl("explain", "deployment.spec.strategy", "--output", "plaintext-openapiv2");
  t.regex(out, /KIND:\s+Deployment/);
  t.regex(out, /RESOURCE: strategy <Object>/);
  t.regex(out, /rollingUpdate\s+<Object>\n\s+The bounds of a rolling update/);
  t.true(server.requests.includes("/openapi/v2"), server.requests.join(" "));
});

const deployment = (image: string, sidecar: boolean): Record<string, unknown> => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", namespace: "default" },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: "web" } },
    template: {
      metadata: { labels: { app: "web" } },
      spec: {
        containers: [
          { name: "web", image, ports: [{ containerPort: 8080 }] },
          ...(sidecar ? [{ name: "log", image: "busybox:1" }] : []),
        ],
      },
    },
  },
});

kubectlTest("kubectl create asks for strict server-side field validation because the PATCH operations declare it", async (t) => {
  const manifest = join(cacheDir, "create.json");
  writeFileSync(manifest, JSON.stringify(deployment("nginx:1", false)));
  const { stderr } = await kubectlWithStderr("create", "-f", manifest, "-v=6");
  const post = server.writes.find((write) => write.method === "POST");
  t.truthy(post, stderr);
  t.is(new URL(post!.url, server.url).pathname, "/apis/apps/v1/namespaces/default/deployments");
  t.is(new URL(post!.url, server.url).searchParams.get("fieldValidation"), "Strict", stderr);
});

kubectlTest("kubectl apply computes a strategic merge patch from the v3 schema, merging containers by name", async (t) => {
  const objectPath = "/apis/apps/v1/namespaces/default/deployments/web";
  const applied = deployment("nginx:1", true);
  const live = structuredClone(applied) as Record<string, any>;
  live.metadata.annotations = { "kubectl.kubernetes.io/last-applied-configuration": JSON.stringify(applied) };
  live.metadata.resourceVersion = "7";
  server.objects.set(objectPath, live);
  const manifest = join(cacheDir, "apply.json");
  writeFileSync(manifest, JSON.stringify(deployment("nginx:2", true)));
  const { stderr } = await kubectlWithStderr("apply", "-f", manifest, "-v=5");
  t.notRegex(stderr, /does not support strategic merge patch|error calculating patch from openapi v3|gvkSupportsPatchOpenAPIV3/);
  const patch = server.writes.find((write) => write.method === "PATCH");
  t.truthy(patch, stderr);
  t.is(new URL(patch!.url, server.url).pathname, objectPath);
  t.is(patch!.contentType, "application/strategic-merge-patch+json");
  const body = JSON.parse(patch!.body);
  // A merge list by `name`: only the changed container, keyed by name, with the list's order.
  t.deepEqual(body.spec.template.spec.containers, [{ name: "web", image: "nginx:2" }]);
  t.deepEqual(body.spec.template.spec["$setElementOrder/containers"], [{ name: "web" }, { name: "log" }]);
});
