// `npm run bench -- <name>`: runs bench/<name>.ts. Each benchmark prints its figures as one
// JSON object on its last line and writes bench/results/<name>.json.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const available = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && !["run.ts", "stats.ts"].includes(file) && !file.endsWith(".test.ts"))
  .map((file) => file.slice(0, -3))
  .sort();
const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>\nbenchmarks: ${available.join(", ")}`);
  process.exit(name ? 1 : 0);
}
const result = spawnSync(process.execPath, [join(import.meta.dirname, `${name}.ts`)], { stdio: "inherit" });
process.exit(result.status ?? 1);
