import test from "ava";
import { UsageError } from "../errors.ts";
import { parseTraceSampling, tracingEnv } from "./trace-sampling.ts";

test("--trace-sampling reads off, always, ratios and percentages; always by default", (t) => {
  t.deepEqual(parseTraceSampling(undefined), { mode: "always" });
  t.deepEqual(parseTraceSampling("off"), { mode: "off" });
  t.deepEqual(parseTraceSampling("ALWAYS"), { mode: "always" });
  t.deepEqual(parseTraceSampling("0.1"), { mode: "ratio", ratio: 0.1 });
  t.deepEqual(parseTraceSampling("25%"), { mode: "ratio", ratio: 0.25 });
  t.deepEqual(parseTraceSampling("0"), { mode: "off" });
  t.deepEqual(parseTraceSampling("1"), { mode: "always" });
});

test("--trace-sampling refuses anything else, saying what it takes", (t) => {
  for (const bad of ["sometimes", "1.5", "-0.1", "%"]) {
    const error = t.throws(() => parseTraceSampling(bad), { instanceOf: UsageError });
    t.regex(error.message, /--trace-sampling must be off, always, or a ratio from 0 to 1/);
  }
});

test("sampling maps to the SDK's parent-based samplers; off sends nothing and loads no SDK", (t) => {
  const endpoint = "http://127.0.0.1:4318";
  t.deepEqual(tracingEnv({ mode: "always" }, endpoint), { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_TRACES_SAMPLER: "parentbased_always_on" });
  t.deepEqual(tracingEnv({ mode: "ratio", ratio: 0.1 }, endpoint), { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_TRACES_SAMPLER: "parentbased_traceidratio", OTEL_TRACES_SAMPLER_ARG: "0.1" });
  t.deepEqual(tracingEnv({ mode: "off" }, endpoint), { OTEL_EXPORTER_OTLP_ENDPOINT: "", OTEL_TRACES_SAMPLER: "always_off" });
});
