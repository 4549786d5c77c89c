// The alert rules in deploy/prometheus/rules: `promtool check rules` on every rules file and
// `promtool test rules` on every unit test file (each alert made to fire, and a case where it
// does not). Skipped, with the reason printed, where promtool is not installed.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { findPromtool, prometheusMissingReason } from "../cli/cluster/prometheus-binary.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";

const RULES_DIR = join(REPO_ROOT, "deploy", "prometheus", "rules");
const files = readdirSync(RULES_DIR).sort();
const ruleFiles = files.filter((file) => file.endsWith(".rules.yml"));
const testFiles = files.filter((file) => file.endsWith(".test.yml"));
const promtool = findPromtool();

test("every rules file has its unit test file and nothing else is in the directory", (t) => {
  t.deepEqual(testFiles, ruleFiles.map((file) => file.replace(/\.rules\.yml$/, ".test.yml")));
  t.deepEqual(files.filter((file) => !ruleFiles.includes(file) && !testFiles.includes(file)), []);
  t.true(ruleFiles.length >= 5);
});

test("promtool check rules accepts every rules file (and its lint finds nothing)", (t) => {
  if (!promtool) return t.log(`skipped: ${prometheusMissingReason("promtool")}`) ?? t.pass();
  const result = spawnSync(promtool, ["check", "rules", ...ruleFiles], { cwd: RULES_DIR, encoding: "utf8" });
  t.is(result.status, 0, `${result.stdout}${result.stderr}`);
});

test("promtool test rules: every alert fires where it should and only there", (t) => {
  if (!promtool) return t.log(`skipped: ${prometheusMissingReason("promtool")}`) ?? t.pass();
  const result = spawnSync(promtool, ["test", "rules", ...testFiles], { cwd: RULES_DIR, encoding: "utf8" });
  t.is(result.status, 0, `${result.stdout}${result.stderr}`);
  for (const file of testFiles) t.regex(result.stdout, new RegExp(`Unit Testing: +${file.replace(".", "\\.")}\\n +SUCCESS`), file);
});

test("each of the five alerts the issue names is defined and tested", (t) => {
  const alerts = ["TroupeNodeNotReady", "TroupeContainerCrashLooping", "TroupeApiErrorRate", "TroupeLeaderMissing", "TroupeJetStreamStorageNearLimit"];
  const read = (file: string) => readFileSync(join(RULES_DIR, file), "utf8");
  const rules = ruleFiles.map(read).join("\n");
  const tests = testFiles.map(read).join("\n");
  for (const alert of alerts) {
    t.regex(rules, new RegExp(`- alert: ${alert}\\n`), alert);
    t.regex(tests, new RegExp(`alertname: ${alert}\\n +exp_alerts:\\n +- exp_labels`), `${alert} fires in a test`);
    t.regex(tests, new RegExp(`alertname: ${alert}\\n +exp_alerts: \\[\\]`), `${alert} stays silent in a test`);
  }
});
