// The bodies the real kubectl sends decode to the JSON `kubectl ... --dry-run=client -o json`
// prints for the same command (which writes creationTimestamp: null where protobuf has a zero Time).
import test from "ava";
import { decodeKubernetesProtobuf } from "./decode.ts";
import { kubectlAvailable, startKubectlCapture, type KubectlCapture } from "./kubectl-capture-server.ts";

const available = await kubectlAvailable();
if (!available) console.log("decode-kubectl: kubectl is not on PATH; skipping the tests against the real kubectl");
const kubectlTest = available ? test.serial : test.skip;

let capture: KubectlCapture | undefined;
test.before(async () => {
  if (available) capture = await startKubectlCapture();
});
test.after.always(async () => {
  await capture?.close();
});

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null).map(([key, item]) => [key, withoutNulls(item)]));
}

async function sentBody(args: string[]): Promise<{ contentType: string; body: Buffer }> {
  const kubectl = capture!;
  const before = kubectl.requests.length;
  await kubectl.kubectl(...args);
  const posts = kubectl.requests.slice(before).filter((request) => request.method === "POST");
  if (posts.length !== 1) throw new Error(`expected one POST from kubectl ${args.join(" ")}, saw ${posts.length}`);
  return posts[0]!;
}

const CREATES: Array<[string, string[]]> = [
  ["a configmap from a literal", ["create", "configmap", "c", "--from-literal=a=b", "--from-literal=empty="]],
  ["a generic secret from a literal", ["create", "secret", "generic", "s", "--from-literal=k=v", "--type=Opaque"]],
  ["a deployment with replicas", ["create", "deployment", "d", "--image=nginx", "--replicas=2", "--port=8080"]],
  ["a deployment with zero replicas", ["create", "deployment", "z", "--image=nginx", "--replicas=0"]],
  ["a deployment of two containers", ["create", "deployment", "pair", "--image=nginx", "--image=redis"]],
  ["a namespace", ["create", "namespace", "n"]],
  ["a cluster IP service", ["create", "service", "clusterip", "web", "--tcp=80:8080"]],
  ["a node port service with a named target port", ["create", "service", "nodeport", "np", "--tcp=80:http", "--node-port=30080"]],
  ["a resource quota", ["create", "quota", "q", "--hard=cpu=1,memory=1Gi,pods=2"]],
  ["an ingress", ["create", "ingress", "i", "--rule=a.test/api*=web:80", "--class=troupe"]],
  ["a docker-registry secret", ["create", "secret", "docker-registry", "r", "--docker-server=x", "--docker-username=u", "--docker-password=p"]],
];

for (const [what, args] of CREATES) {
  kubectlTest(`kubectl's protobuf body for ${what} decodes to the JSON kubectl would send`, async (t) => {
    const sent = await sentBody(args);
    t.is(sent.contentType, "application/vnd.kubernetes.protobuf");
    const decoded = decodeKubernetesProtobuf(sent.body);
    const expected = JSON.parse(await capture!.kubectl(...args, "--dry-run=client", "-o", "json")) as { apiVersion: string; kind: string };
    t.is(decoded.apiVersion, expected["apiVersion"]);
    t.is(decoded.kind, expected["kind"]);
    t.deepEqual(decoded.object, withoutNulls(expected));
    // Go writes every non-pointer field, zero or not; none of those zeros may read as unknown.
    t.deepEqual(decoded.unknownFields, []);
  });
}

kubectlTest("kubectl auth can-i sends a SelfSubjectAccessReview that decodes to its resource attributes", async (t) => {
  const sent = await sentBody(["auth", "can-i", "create", "deployments.apps", "--subresource=scale", "-n", "team"]).catch(async () =>
    // can-i exits 1 when the answer is "no": the request was still sent.
    capture!.requests.filter((request) => request.method === "POST").at(-1)!,
  );
  t.is(sent.contentType, "application/vnd.kubernetes.protobuf");
  const decoded = decodeKubernetesProtobuf(sent.body);
  t.deepEqual(decoded.object, {
    apiVersion: "authorization.k8s.io/v1",
    kind: "SelfSubjectAccessReview",
    metadata: {},
    spec: { resourceAttributes: { namespace: "team", verb: "create", group: "apps", resource: "deployments", subresource: "scale" } },
    status: {},
  });
  t.deepEqual(decoded.unknownFields, []);
});
