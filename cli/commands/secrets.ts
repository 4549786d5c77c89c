// troupe secrets rotate-key: a new encryption key for Secrets at rest (cli/key-rotation.ts).
import { resolve } from "node:path";
import { encryptionConfigPath } from "../cluster/encryption-config-file.ts";
import { troupeHome } from "../cluster/home.ts";
import { UsageError } from "../errors.ts";
import type { Invocation } from "../invocation.ts";
import { rotateKey } from "../key-rotation.ts";

export async function run(invocation: Invocation): Promise<number> {
  const [action, ...rest] = invocation.positionals;
  if (action !== "rotate-key") throw new UsageError(`unknown secrets command "${action ?? ""}": use "troupe secrets rotate-key"`);
  if (rest.length > 0) throw new UsageError("secrets rotate-key takes no arguments");
  const given = invocation.flags.string("encryption-config");
  const configPath = given ? resolve(given) : encryptionConfigPath(troupeHome(invocation.env));
  const api = await invocation.api();
  const result = await rotateKey({
    nc: api.nc,
    configPath,
    timeoutMs: invocation.requestTimeoutMs ?? 10_000,
    log: (line) => invocation.stderr.write(`${line}\n`),
  });
  invocation.stdout.write(`secrets re-encrypted with key ${result.keyName}: ${result.rewritten} rewritten, ${result.unchanged} already under it (${result.replicas.length} API replica(s))\n`);
  return 0;
}
