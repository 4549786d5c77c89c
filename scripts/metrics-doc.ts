// Writes docs/metrics.md, the metrics catalogue, from the metric definitions of every service
// (scripts/metrics-catalogue.ts). `--check` fails when the file is stale, as CI runs it.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCatalogue, renderCatalogue } from "./metrics-catalogue.ts";

const path = join(import.meta.dirname, "..", "docs", "metrics.md");
const rendered = renderCatalogue(await buildCatalogue());
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    current = "";
  }
  if (current !== rendered) {
    console.error("docs/metrics.md is stale: run `npm run metrics:doc` and commit it");
    process.exit(1);
  }
} else {
  writeFileSync(path, rendered);
  console.log(`wrote ${path}`);
}
