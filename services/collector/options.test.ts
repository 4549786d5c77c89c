import test from "ava";
import { InvalidCollectorOptionsError } from "./errors.ts";
import { parseRetentionAge, parseRetentionBytes, resolveCollectorOptions } from "./options.ts";

test("collector options default to the OTLP/HTTP port, 1 h and 256 MiB of spans", (t) => {
  const resolved = resolveCollectorOptions();
  t.is(resolved.port, 4318);
  t.is(resolved.maxAgeMs, 3600_000);
  t.is(resolved.maxBytes, 256 * 1024 * 1024);
  t.is(resolved.upstreamEndpoint, undefined);
});

test("retention ages read units and bare seconds", (t) => {
  t.is(parseRetentionAge("1h30m"), 5400_000);
  t.is(parseRetentionAge("7d"), 7 * 86_400_000);
  t.is(parseRetentionAge("90"), 90_000);
  t.is(parseRetentionAge("500ms"), 500);
});

test("a retention age that is not a duration names the variable and the value", (t) => {
  const error = t.throws(() => parseRetentionAge("an hour"), { instanceOf: InvalidCollectorOptionsError });
  t.regex(error.message, /TROUPE_SPANS_MAX_AGE: invalid duration "an hour"/);
});

test("retention sizes read bytes and quantities", (t) => {
  t.is(parseRetentionBytes("256Mi"), 256 * 1024 * 1024);
  t.is(parseRetentionBytes("1G"), 1e9);
  t.is(parseRetentionBytes("2097152"), 2097152);
  t.throws(() => parseRetentionBytes("lots"), { message: /TROUPE_SPANS_MAX_BYTES: invalid size "lots"/ });
});

test("collector options refuse limits too small to keep a trace", (t) => {
  t.throws(() => resolveCollectorOptions({ maxAgeMs: 10 }), { message: /maxAge: must be at least 1s/ });
  t.throws(() => resolveCollectorOptions({ maxBytes: 1000 }), { message: /maxBytes: must be at least 1Mi/ });
  t.throws(() => resolveCollectorOptions({ port: 70000 }), { message: /port: must be a port number/ });
});
