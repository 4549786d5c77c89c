import test from "ava";
import { PROMETHEUS_RULE_FILES, prometheusArgs } from "./prometheus-role.ts";
import { REPO_ROOT } from "./cluster-services.ts";

test("the cluster's prometheus gets its config, TSDB, local address and exemplar storage", (t) => {
  t.deepEqual(prometheusArgs({ configFile: "/h/prometheus/prometheus.yml", dataDir: "/h/prometheus/data", listenAddress: "127.0.0.1:41877" }), [
    "--config.file=/h/prometheus/prometheus.yml",
    "--storage.tsdb.path=/h/prometheus/data",
    "--storage.tsdb.retention.time=2d",
    "--web.listen-address=127.0.0.1:41877",
    "--enable-feature=exemplar-storage",
  ]);
});

test("it loads the rules files of deploy/prometheus/rules, not their unit tests", (t) => {
  t.deepEqual(PROMETHEUS_RULE_FILES, [`${REPO_ROOT}deploy/prometheus/rules/*.rules.yml`]);
});
