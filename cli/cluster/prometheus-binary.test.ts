import test from "ava";
import { findPrometheus, findPromtool, prometheusMissingReason } from "./prometheus-binary.ts";

test("TROUPE_PROMETHEUS / TROUPE_PROMTOOL name the binaries; one that is not executable is none", (t) => {
  t.is(findPrometheus({ TROUPE_PROMETHEUS: "/bin/sh" }), "/bin/sh");
  t.is(findPromtool({ TROUPE_PROMTOOL: "/no/such/promtool" }), undefined);
});

test("the reason says how to install it, or which variable points nowhere", (t) => {
  t.is(prometheusMissingReason("promtool", {}), "promtool is not installed: run scripts/setup.sh as root (apt-get install prometheus), or put promtool on PATH or set TROUPE_PROMTOOL=/path/to/promtool");
  t.is(prometheusMissingReason("prometheus", { TROUPE_PROMETHEUS: "/x" }), "TROUPE_PROMETHEUS=/x is not an executable file");
});
