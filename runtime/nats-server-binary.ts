// Finds the nats-server executable and its version. Used by the test helpers, `troupe up` and
// the benchmarks; a missing binary is the first thing a fresh machine hits, so the error says
// exactly how to fix it.
import { execFile } from "node:child_process";
import { access, constants, stat } from "node:fs/promises";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

export const NATS_SERVER_ENV = "TROUPE_NATS_SERVER";
const DEBIAN_PATH = "/usr/sbin/nats-server";

export interface NatsServerBinaryOptions {
  /** Explicit path; wins over everything else. */
  binary?: string;
  /** Environment to read TROUPE_NATS_SERVER and PATH from (defaults to process.env). */
  env?: Record<string, string | undefined>;
}

export class NatsServerNotFoundError extends Error {
  override name = "NatsServerNotFoundError";
  readonly code = "NATS_SERVER_NOT_FOUND";
  readonly searched: string[];
  constructor(searched: string[], detail: string) {
    super(
      `${detail} (looked at: ${searched.join(", ") || "nothing"}). ` +
        "Install nats-server: `sudo apt-get install nats-server` on Debian/Ubuntu, " +
        "`brew install nats-server` on macOS, or download a release from " +
        "https://github.com/nats-io/nats-server/releases; then put it on PATH " +
        `or set ${NATS_SERVER_ENV} to its path.`,
    );
    this.searched = searched;
  }
}

export class NatsServerVersionError extends Error {
  override name = "NatsServerVersionError";
  readonly code = "NATS_SERVER_VERSION_UNKNOWN";
  readonly binary: string;
  constructor(binary: string, output: string, options?: ErrorOptions) {
    super(`could not read the version of ${binary} from ${JSON.stringify(output.trim())}`, options);
    this.binary = binary;
  }
}

/**
 * Resolution order: `options.binary`, $TROUPE_NATS_SERVER, `nats-server` on PATH,
 * /usr/sbin/nats-server (Debian installs it there, often outside a normal user's PATH).
 * An explicitly configured path that does not exist is an error, never silently skipped.
 */
export async function resolveNatsServerBinary(options: NatsServerBinaryOptions = {}): Promise<string> {
  const env = options.env ?? process.env;
  const explicit = options.binary ?? (env[NATS_SERVER_ENV] || undefined);
  if (explicit !== undefined) {
    if (await isExecutable(explicit)) return explicit;
    const source = options.binary !== undefined ? "the binary option" : `$${NATS_SERVER_ENV}`;
    throw new NatsServerNotFoundError([explicit], `nats-server from ${source} is not an executable file`);
  }
  const candidates = (env.PATH ?? "")
    .split(delimiter)
    .filter((dir) => dir !== "")
    .map((dir) => join(dir, "nats-server"));
  candidates.push(DEBIAN_PATH);
  for (const candidate of candidates) {
    if (await isExecutable(candidate)) return candidate;
  }
  throw new NatsServerNotFoundError(candidates, "nats-server is not installed");
}

export interface NatsServerVersion {
  text: string;
  major: number;
  minor: number;
  patch: number;
}

/** Runs `nats-server --version` ("nats-server: v2.9.10"). */
export async function natsServerVersion(binary: string): Promise<NatsServerVersion> {
  let output: string;
  try {
    output = (await promisify(execFile)(binary, ["--version"], { timeout: 5000 })).stdout;
  } catch (error) {
    throw new NatsServerVersionError(binary, "", { cause: error });
  }
  const match = /v?(\d+)\.(\d+)\.(\d+)\S*/.exec(output);
  if (!match) throw new NatsServerVersionError(binary, output);
  return { text: match[0].replace(/^v/, ""), major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

export function versionAtLeast(version: NatsServerVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
