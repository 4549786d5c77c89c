import test from "ava";
import { parseCommandLine } from "./command-line.ts";
import { UsageError } from "./errors.ts";

function run(argv: string[]) {
  const line = parseCommandLine(argv);
  if (line.kind !== "run") throw new Error(`expected a command, got ${line.kind}`);
  return line;
}

test("a command with short and long flags parses into typed values", (t) => {
  const line = run(["get", "pods", "-n", "prod", "--selector=app=web", "-o", "wide", "-w"]);
  t.is(line.command.name, "get");
  t.deepEqual(line.positionals, ["pods"]);
  t.is(line.flags.string("namespace"), "prod");
  t.is(line.flags.string("selector"), "app=web");
  t.is(line.flags.string("output"), "wide");
  t.true(line.flags.boolean("watch"));
  t.false(line.flags.boolean("all-namespaces"));
});

test("flags may come before the command word, including ones that take a value", (t) => {
  const line = run(["-n", "prod", "--server", "nats://h:1", "get", "deploy", "web"]);
  t.is(line.command.name, "get");
  t.deepEqual(line.positionals, ["deploy", "web"]);
  t.is(line.flags.string("namespace"), "prod");
  t.is(line.flags.string("server"), "nats://h:1");
});

test("a repeatable flag keeps every value in order", (t) => {
  const line = run(["apply", "-f", "a.yaml", "--filename", "dir/", "-f", "-"]);
  t.deepEqual(line.flags.strings("filename"), ["a.yaml", "dir/", "-"]);
});

test("grouped short booleans and -o=yaml are understood", (t) => {
  const line = run(["get", "pods", "-Aw", "-o=yaml"]);
  t.true(line.flags.boolean("all-namespaces"));
  t.true(line.flags.boolean("watch"));
  t.is(line.flags.string("output"), "yaml");
});

test("a boolean flag accepts =true and =false", (t) => {
  t.false(run(["get", "pods", "--watch=false"]).flags.boolean("watch"));
  t.true(run(["get", "pods", "--watch=true"]).flags.boolean("watch"));
  const error = t.throws(() => parseCommandLine(["get", "pods", "--watch=maybe"]), { instanceOf: UsageError });
  t.regex(error.message, /--watch/);
});

test("an unknown command is named and the valid ones are listed", (t) => {
  const error = t.throws(() => parseCommandLine(["frobnicate", "pods"]), { instanceOf: UsageError });
  t.is(error.message, 'unknown command "frobnicate" for "troupe"');
  t.regex(error.hint ?? "", /Valid commands: apply, get, describe, delete, create, certs, auth, secrets, audit, top, logs, exec, port-forward, evict, drain, patch, edit, trace, diff, cp, label, annotate, scale, autoscale, rollout, set, wait, cordon, uncordon, image, api-resources, version, kubeconfig, up, down, help/);
});

test("an unknown flag is named together with the command's valid flags", (t) => {
  const error = t.throws(() => parseCommandLine(["get", "pods", "--colour"]), { instanceOf: UsageError });
  t.is(error.message, 'unknown flag --colour for "troupe get"');
  t.regex(error.hint ?? "", /-n\/--namespace/);
  t.regex(error.hint ?? "", /--server/);
  t.notRegex(error.hint ?? "", /--supervise/);
});

test("a flag of another command is unknown to this one", (t) => {
  const error = t.throws(() => parseCommandLine(["version", "--watch"]), { instanceOf: UsageError });
  t.is(error.message, 'unknown flag --watch for "troupe version"');
});

test("a flag missing its value is an error rather than eating the next flag", (t) => {
  t.is(t.throws(() => parseCommandLine(["get", "pods", "-n"]))?.message, "flag -n needs a value");
  t.is(t.throws(() => parseCommandLine(["get", "pods", "-n", "-A"]))?.message, "flag -n needs a value");
});

test("too few or too many arguments are usage errors", (t) => {
  t.regex(t.throws(() => parseCommandLine(["get"]))?.message ?? "", /needs at least 1 argument/);
  t.regex(t.throws(() => parseCommandLine(["version", "extra"]))?.message ?? "", /unexpected argument "extra"/);
});

test("help is asked for with no arguments, -h, --help or the help command", (t) => {
  t.deepEqual(parseCommandLine([]), { kind: "help", command: undefined });
  t.deepEqual(parseCommandLine(["--help"]), { kind: "help", command: undefined });
  const line = parseCommandLine(["get", "-h"]);
  t.is(line.kind, "help");
  t.is(line.kind === "help" ? line.command?.name : "", "get");
  const viaCommand = parseCommandLine(["help", "apply"]);
  t.is(viaCommand.kind === "help" ? viaCommand.command?.name : "", "apply");
});

test("-h shows help even when the rest of the command line is incomplete", (t) => {
  const line = parseCommandLine(["describe", "--help"]);
  t.is(line.kind, "help");
});

test("flags without a command word are an error", (t) => {
  t.is(t.throws(() => parseCommandLine(["--server", "nats://h:1"]))?.message, "no command given");
});
