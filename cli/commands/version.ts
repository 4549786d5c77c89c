// troupe version: this client's version and, unless --client, the API server's. The client
// line comes first, so it is shown even when the cluster cannot be reached.
import { CLIENT_VERSION } from "../client-version.ts";
import { oneOf } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { toYaml } from "../output.ts";

export async function run(invocation: Invocation): Promise<number> {
  const { flags, stdout } = invocation;
  const format = oneOf("output", flags.string("output"), ["text", "yaml", "json"], "text");
  const serverVersion = async () => (await (await invocation.api()).discovery()).serverVersion;
  if (format === "text") {
    stdout.write(`Client Version: v${CLIENT_VERSION}\n`);
    if (!flags.boolean("client")) stdout.write(`Server Version: v${(await serverVersion()).replace(/^v/, "")}\n`);
    return 0;
  }
  const versions = flags.boolean("client") ? { clientVersion: CLIENT_VERSION } : { clientVersion: CLIENT_VERSION, serverVersion: await serverVersion() };
  stdout.write(format === "json" ? `${JSON.stringify(versions, null, 2)}\n` : toYaml(versions));
  return 0;
}
