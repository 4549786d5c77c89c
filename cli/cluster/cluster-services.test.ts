import test from "ava";
import { clusterServices, podCidrOfNode, REPO_ROOT, SERVICE_NODE_ENV, serviceNodeFlags } from "./cluster-services.ts";

test("the cluster runs the API first, then the controller manager, the scheduler and a kubelet hosting the node proxy per node", (t) => {
  const services = clusterServices({ nodes: 3, kubeletDir: "/k" });
  t.deepEqual(services.map((service) => service.name), ["api", "controllers", "scheduler", "kubelet-node-1", "kubelet-node-2", "kubelet-node-3"]);
  t.deepEqual(services[5].env, { TROUPE_NODE_NAME: "node-3", TROUPE_KUBELET_DIR: "/k", TROUPE_POD_CIDR: "127.128.3.0/24", TROUPE_KUBELET_PROXY: "1" });
});

test("with a Kubernetes front end configured it starts right after the API, told its port, files and fallback", (t) => {
  const kubeApi = { port: 6443, certFile: "/h/pki/kube-api.crt", keyFile: "/h/pki/kube-api.key", clientCaFile: "/h/pki/ca.crt", urlFile: "/h/kube-api.url" };
  const services = clusterServices({ nodes: 1, kubeletDir: "/k", kubeApi });
  t.deepEqual(services.map((service) => service.name), ["api", "kube-api", "controllers", "scheduler", "kubelet-node-1"]);
  t.like(services[1], { script: "services/kube-api/main.ts", env: { TROUPE_KUBE_API_PORT: "6443", TROUPE_KUBE_API_PORT_FALLBACK: "1", TROUPE_KUBE_API_URL_FILE: "/h/kube-api.url", TROUPE_KUBE_API_TLS_CERT_FILE: "/h/pki/kube-api.crt" } });
});

test("each node's pod CIDR is its own /24 in 127.128.0.0/9", (t) => {
  t.is(podCidrOfNode(1), "127.128.1.0/24");
  t.is(podCidrOfNode(255), "127.128.255.0/24");
  t.is(podCidrOfNode(256), "127.129.0.0/24");
});

test("--ha doubles the leader-elected roles with distinct identities", (t) => {
  const services = clusterServices({ nodes: 0, kubeletDir: "/k", ha: true });
  t.deepEqual(services.map((service) => service.name), ["api", "controllers", "scheduler", "controllers-2", "scheduler-2"]);
  t.not(services[2].env?.TROUPE_SCHEDULER_NAME, services[4].env?.TROUPE_SCHEDULER_NAME);
});

test("the control plane keeps V8's default young generation, kubelets get 4 MiB semi-spaces and any other service 1 MiB", (t) => {
  for (const script of ["services/api/main.ts", "services/kube-api/main.ts", "services/scheduler/main.ts", "services/controllers/main.ts"]) t.deepEqual(serviceNodeFlags(script), []);
  t.deepEqual(serviceNodeFlags("services/kubelet/main.ts"), ["--max-semi-space-size=4"]);
  t.deepEqual(serviceNodeFlags("services/proxy/main.ts"), ["--max-semi-space-size=1"]);
});

test("every cluster process shares one compile cache inside the repository", (t) => {
  t.true(SERVICE_NODE_ENV.NODE_COMPILE_CACHE.startsWith(REPO_ROOT));
});

test("only the API is told where the encryption configuration is", (t) => {
  const services = clusterServices({ nodes: 1, kubeletDir: "/k", encryptionConfig: "/home/x/encryption-config.yaml" });
  t.deepEqual(services[0].env, { TROUPE_ENCRYPTION_CONFIG: "/home/x/encryption-config.yaml" });
  t.false(services.slice(1).some((service) => JSON.stringify(service.env ?? {}).includes("encryption")));
});

test("with tracing the collector starts right after the API and every other service exports to it", (t) => {
  const services = clusterServices({ nodes: 1, kubeletDir: "/k", tracing: { collectorPort: 43180, sampling: { mode: "ratio", ratio: 0.1 }, upstreamEndpoint: "http://jaeger:4318" } });
  t.deepEqual(services.map((service) => service.name), ["api", "collector", "controllers", "scheduler", "kubelet-node-1"]);
  t.like(services[1], { script: "services/collector/main.ts", credentials: "collector", env: { TROUPE_COLLECTOR_PORT: "43180", TROUPE_COLLECTOR_UPSTREAM: "http://jaeger:4318", OTEL_EXPORTER_OTLP_ENDPOINT: "" } });
  for (const service of services.filter((candidate) => candidate.name !== "collector")) {
    t.like(service.env, { OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:43180", OTEL_TRACES_SAMPLER: "parentbased_traceidratio", OTEL_TRACES_SAMPLER_ARG: "0.1" }, service.name);
  }
  t.is(services[4].env?.TROUPE_NODE_NAME, "node-1");
});

test("with zones the nodes are spread over them round-robin, labelled zone and region", (t) => {
  const services = clusterServices({ nodes: 4, zones: ["a", "b", "c"], kubeletDir: "/k" });
  const labels = services.filter((service) => service.name.startsWith("kubelet-")).map((service) => service.env?.TROUPE_NODE_LABELS);
  t.deepEqual(labels, ["a", "b", "c", "a"].map((zone) => `topology.kubernetes.io/zone=${zone},topology.kubernetes.io/region=local`));
  t.is(clusterServices({ nodes: 1, kubeletDir: "/k" })[3].env?.TROUPE_NODE_LABELS, undefined);
});
