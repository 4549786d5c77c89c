import test from "ava";
import { jobOfRole, prometheusConfig, scrapeTargetGroups } from "./prometheus-config.ts";

const setup = { scrapeInterval: "1s", targetsFiles: ["/h/prometheus/targets.json", "/h/prometheus/pods.json"], ruleFiles: ["/repo/deploy/prometheus/rules/*.rules.yml"] };

test("the configuration scrapes the file_sd targets at the interval and loads the rules", (t) => {
  t.deepEqual(prometheusConfig(setup), {
    global: { scrape_interval: "1s", evaluation_interval: "1s", scrape_timeout: "1s" },
    rule_files: ["/repo/deploy/prometheus/rules/*.rules.yml"],
    scrape_configs: [
      { job_name: "troupe", file_sd_configs: [{ files: ["/h/prometheus/targets.json", "/h/prometheus/pods.json"], refresh_interval: "5s" }] },
    ],
  });
});

test("a scrape interval Prometheus would refuse is an error naming it", (t) => {
  for (const bad of ["1", "0s", "1.5s", "fast", ""]) t.throws(() => prometheusConfig({ ...setup, scrapeInterval: bad }), { message: new RegExp(`scrape interval: Invalid value: "${bad.replace(".", "\\.")}"`) });
});

test("every role with a metrics endpoint is one target group labelled with its job and role; nats-server has none", (t) => {
  const groups = scrapeTargetGroups([
    { name: "nats-server", pid: 1, logFile: "/l/nats-server.log" },
    { name: "api", pid: 2, metricsUrl: "http://127.0.0.1:40100/metrics", logFile: "/l/api.log" },
    { name: "controllers-2", pid: 3, metricsUrl: "http://127.0.0.1:40101/metrics", logFile: "/l/c.log" },
    { name: "kubelet-node-3", pid: 4, metricsUrl: "http://127.0.0.1:40102/metrics", logFile: "/l/k.log" },
  ]);
  t.deepEqual(groups, [
    { targets: ["127.0.0.1:40100"], labels: { job: "troupe-api", role: "api", __metrics_path__: "/metrics" } },
    { targets: ["127.0.0.1:40101"], labels: { job: "troupe-controllers", role: "controllers-2", __metrics_path__: "/metrics" } },
    { targets: ["127.0.0.1:40102"], labels: { job: "troupe-kubelet", role: "kubelet-node-3", __metrics_path__: "/metrics" } },
  ]);
});

test("an HTTPS metrics endpoint is refused by name (the generated config has no TLS settings)", (t) => {
  t.throws(() => scrapeTargetGroups([{ name: "api", pid: 2, metricsUrl: "https://127.0.0.1:1/metrics", logFile: "/l" }]), { message: /^api: metrics URL https:\/\/127\.0\.0\.1:1\/metrics: only plain HTTP/ });
});

test("job names drop copy and node suffixes", (t) => {
  t.is(jobOfRole("api"), "troupe-api");
  t.is(jobOfRole("kube-api"), "troupe-kube-api");
  t.is(jobOfRole("scheduler-2"), "troupe-scheduler");
  t.is(jobOfRole("kubelet-node-12"), "troupe-kubelet");
  t.is(jobOfRole("prometheus"), "prometheus");
});
