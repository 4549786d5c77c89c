import test from "ava";
import {
  isConfigMapKey,
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain,
  isEnvVarName,
  isQualifiedName,
  isValidLabelValue,
  isValidPortName,
} from "./names.ts";

test("DNS-1123 labels accept lowercase alphanumerics and inner dashes up to 63 characters", (t) => {
  for (const name of ["a", "my-name", "123-abc", "a".repeat(63)]) t.deepEqual(isDns1123Label(name), [], name);
});

test("DNS-1123 labels reject bad characters with Kubernetes' exact message", (t) => {
  t.deepEqual(isDns1123Label("My_Name"), [
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
  ]);
  t.is(isDns1123Label("-a").length, 1);
  t.is(isDns1123Label("a-").length, 1);
  t.is(isDns1123Label("").length, 1);
});

test("DNS-1123 labels report dots and excess length separately", (t) => {
  t.deepEqual(isDns1123Label("a.b"), ["must not contain dots"]);
  t.deepEqual(isDns1123Label("a".repeat(64)), ["must be no more than 63 characters"]);
});

test("DNS-1123 subdomains allow dots and 253 characters", (t) => {
  t.deepEqual(isDns1123Subdomain("example.com"), []);
  t.deepEqual(isDns1123Subdomain(`${"a".repeat(63)}.${"b".repeat(63)}`), []);
  t.deepEqual(isDns1123Subdomain("a".repeat(254)), ["must be no more than 253 characters"]);
  t.deepEqual(isDns1123Subdomain("Example.com"), [
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
  ]);
  t.is(isDns1123Subdomain("a..b").length, 1);
});

test("DNS-1035 labels must start with a letter", (t) => {
  t.deepEqual(isDns1035Label("web-1"), []);
  t.deepEqual(isDns1035Label("1web"), [
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
  ]);
});

test("qualified names take an optional DNS subdomain prefix", (t) => {
  for (const key of ["app", "MyName", "my.name", "app.kubernetes.io/name", "example.com/A_b-c"]) t.deepEqual(isQualifiedName(key), [], key);
});

test("qualified names report each broken part", (t) => {
  t.deepEqual(isQualifiedName("/name"), ["prefix part must be non-empty"]);
  t.deepEqual(isQualifiedName("example.com/"), [
    "name part must be non-empty",
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
  ]);
  t.deepEqual(isQualifiedName("Bad_Prefix/name")[0].slice(0, 42), "prefix part a lowercase RFC 1123 subdomain");
  t.deepEqual(isQualifiedName(`a/${"n".repeat(64)}`), ["name part must be no more than 63 characters"]);
  t.is(isQualifiedName("a/b/c").length, 1);
  t.true(isQualifiedName("a/b/c")[0].startsWith("a qualified name must consist"));
});

test("label values may be empty but not over 63 characters or oddly bounded", (t) => {
  t.deepEqual(isValidLabelValue(""), []);
  t.deepEqual(isValidLabelValue("v1.2_beta-3"), []);
  t.deepEqual(isValidLabelValue("v".repeat(64)), ["must be no more than 63 characters"]);
  t.is(isValidLabelValue("-web").length, 1);
  t.is(isValidLabelValue("a b").length, 1);
});

test("port names follow IANA_SVC_NAME", (t) => {
  t.deepEqual(isValidPortName("http"), []);
  t.deepEqual(isValidPortName("redis-tls"), []);
  t.deepEqual(isValidPortName("8080"), ["must contain at least one letter (a-z)"]);
  t.deepEqual(isValidPortName("a--b"), ["must not contain consecutive hyphens"]);
  t.deepEqual(isValidPortName("-ab"), ["must not begin or end with a hyphen"]);
  t.deepEqual(isValidPortName("HTTP"), [
    "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
    "must contain at least one letter (a-z)",
  ]);
  t.deepEqual(isValidPortName("a".repeat(16)), ["must be no more than 15 characters"]);
});

test("environment variable names may not start with a digit or walk up directories", (t) => {
  t.deepEqual(isEnvVarName("MY_VAR"), []);
  t.deepEqual(isEnvVarName("my.env-name"), []);
  t.is(isEnvVarName("1VAR").length, 1);
  t.deepEqual(isEnvVarName(".."), ["must not be '..'"]);
  t.deepEqual(isEnvVarName("..x"), ["must not start with '..'"]);
});

test("config map keys allow dots, dashes and underscores up to 253 characters", (t) => {
  t.deepEqual(isConfigMapKey("app.properties"), []);
  t.deepEqual(isConfigMapKey("."), ["must not be '.'"]);
  t.is(isConfigMapKey("a/b").length, 1);
  t.deepEqual(isConfigMapKey("k".repeat(254)), ["must be no more than 253 characters"]);
});
