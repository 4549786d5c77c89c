import test from "ava";
import { SetEnvError, envFromSource, envListing, envPatchEntries, parseEnvArgs, parseEnvSource } from "./env-patch.ts";

test("set env arguments: KEY=VALUE sets (values may hold =), KEY- removes", (t) => {
  t.deepEqual(parseEnvArgs(["A=1", "B=x=y", "C=", "OLD-"]), { set: [{ name: "A", value: "1" }, { name: "B", value: "x=y" }, { name: "C", value: "" }], remove: ["OLD"] });
});

test("set env refuses arguments that are neither KEY=VALUE nor KEY- and invalid names, naming them", (t) => {
  t.throws(() => parseEnvArgs(["A"]), { instanceOf: SetEnvError, message: '"A": environment variables must be of the form KEY=VALUE, or KEY- to remove one' });
  t.throws(() => parseEnvArgs(["=1"]), { message: /^"=1": environment variables must be/ });
  t.throws(() => parseEnvArgs(["1A=x"]), { message: /^"1A=x": a valid environment variable name must consist of alphabetic characters/ });
  t.throws(() => parseEnvArgs(["A B-"]), { message: /^"A B-": a valid environment variable name/ });
});

test("set env patch entries merge by name, clear the other value form and delete only variables the container has", (t) => {
  const current = [{ name: "A", value: "old" }, { name: "B", valueFrom: { secretKeyRef: { name: "s", key: "b" } } }, { name: "GONE", value: "x" }];
  t.deepEqual(envPatchEntries(current, parseEnvArgs(["A=new", "B=plain", "NEW=1", "GONE-", "NEVER-"])), [
    { name: "A", value: "new" },
    { name: "B", value: "plain", valueFrom: null },
    { name: "NEW", value: "1" },
    { name: "GONE", $patch: "delete" },
  ]);
  const fromSource = envFromSource("configmaps", "cm", ["a"]);
  t.deepEqual(envPatchEntries(current, { set: [{ ...fromSource[0], name: "A" }], remove: [] }), [{ name: "A", valueFrom: { configMapKeyRef: { name: "cm", key: "a" } }, value: null }]);
});

test("set env --from names each key's variable as kubectl does, sorted, with the prefix", (t) => {
  t.deepEqual(parseEnvSource("configmap/settings"), { resource: "configmaps", name: "settings" });
  t.deepEqual(parseEnvSource("secret/creds"), { resource: "secrets", name: "creds" });
  t.throws(() => parseEnvSource("pod/x"), { message: '--from must be configmap/NAME or secret/NAME, not "pod/x"' });
  t.throws(() => parseEnvSource("secret"), { instanceOf: SetEnvError });
  t.deepEqual(envFromSource("secrets", "creds", ["db.password", "user-name"], "APP_"), [
    { name: "APP_DB_PASSWORD", valueFrom: { secretKeyRef: { name: "creds", key: "db.password" } } },
    { name: "APP_USER_NAME", valueFrom: { secretKeyRef: { name: "creds", key: "user-name" } } },
  ]);
});

test("set env --list prints each container's variables and the source of referenced ones", (t) => {
  const text = envListing("deployments", "web", [
    { name: "web", env: [{ name: "A", value: "1" }, { name: "P", valueFrom: { secretKeyRef: { name: "creds", key: "p" } } }, { name: "C", valueFrom: { configMapKeyRef: { name: "cm", key: "c" } } }] },
    { name: "side" },
  ]);
  t.is(text, "# deployments web, container web\nA=1\n# P from secret creds, key p\n# C from configmap cm, key c\n# deployments web, container side\n");
});
