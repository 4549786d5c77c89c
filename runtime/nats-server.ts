// Launches a real nats-server process with JetStream: for integration tests (one per test
// file), `troupe up` and benchmarks. The handle can stop and restart the server on the same
// port and store, which is how failover and durability tests simulate an outage.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect, type ConnectionOptions } from "@nats-io/transport-node";
import { findFreePort } from "./free-port.ts";
import { natsServerVersion, resolveNatsServerBinary, versionAtLeast } from "./nats-server-binary.ts";
import { NatsServerPortInUseError, NatsServerStartError, NatsServerUnsupportedError } from "./nats-server-errors.ts";

export interface NatsServerOptions {
  /** Client port; by default a free one is picked (and re-picked if another process grabs it). */
  port?: number;
  host?: string;
  /** JetStream store; by default a fresh temporary directory. */
  storeDir?: string;
  /** fsync every JetStream write (`sync_interval: always`); needs nats-server >= 2.10. */
  syncAlways?: boolean;
  httpMonitorPort?: number;
  /** Largest message in bytes (default 8 MiB, room for the API's 1.5 MiB objects in any encoding). */
  maxPayload?: number;
  /** Server log file; by default the log goes to the handle's stderr buffer. */
  logFile?: string;
  /** Path of the executable; see resolveNatsServerBinary for the fallbacks. */
  binary?: string;
  /** How long to wait for the client port and JetStream to come up. */
  startTimeoutMs?: number;
  /** Grace period after SIGTERM before SIGKILL. */
  stopTimeoutMs?: number;
  /** More configuration lines appended to the generated file: authorization (operator mode),
   * tls blocks (docs/security.md). Read again on restart() and reload(). */
  extraConfig?: string | (() => string | Promise<string>);
  /** How the readiness probe connects when the server needs credentials or TLS. */
  probeConnectOptions?: Partial<ConnectionOptions>;
}

export interface ResolvedNatsServerOptions {
  port: number | undefined;
  host: string;
  storeDir: string | undefined;
  syncAlways: boolean;
  httpMonitorPort: number | undefined;
  maxPayload: number;
  logFile: string | undefined;
  binary: string | undefined;
  startTimeoutMs: number;
  stopTimeoutMs: number;
  extraConfig: string | (() => string | Promise<string>);
  probeConnectOptions: Partial<ConnectionOptions>;
}

export interface NatsServerHandle {
  readonly url: string;
  readonly port: number;
  readonly storeDir: string;
  /** Pid of the current process; changes on restart. */
  readonly pid: number;
  /** SIGTERM, wait for exit, SIGKILL after stopTimeoutMs. Keeps the store. Idempotent. */
  stop(): Promise<void>;
  /** Stops (if running) and starts again on the same port with the same store. */
  restart(): Promise<void>;
  /** Writes the configuration again (extraConfig re-read) and sends SIGHUP: nats-server reloads
   * authorization and TLS certificates without dropping connections. */
  reload(): Promise<void>;
  /** Stops and deletes the store directory if startNatsServer created it. */
  destroy(): Promise<void>;
}

export function resolveNatsServerOptions(options: NatsServerOptions = {}): ResolvedNatsServerOptions {
  return {
    port: options.port,
    host: options.host ?? "127.0.0.1",
    storeDir: options.storeDir,
    syncAlways: options.syncAlways ?? false,
    httpMonitorPort: options.httpMonitorPort,
    maxPayload: options.maxPayload ?? 8 * 1024 * 1024,
    logFile: options.logFile,
    binary: options.binary,
    startTimeoutMs: options.startTimeoutMs ?? 10_000,
    stopTimeoutMs: options.stopTimeoutMs ?? 5_000,
    extraConfig: options.extraConfig ?? "",
    probeConnectOptions: options.probeConnectOptions ?? {},
  };
}

const PORT_ATTEMPTS = 5;
const LOG_TAIL_LINES = 40;

export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServerHandle> {
  const resolved = resolveNatsServerOptions(options);
  const binary = await resolveNatsServerBinary({ binary: resolved.binary });
  if (resolved.syncAlways) {
    // nats-server 2.9 rejects the whole config ("unknown field sync_interval"); 2.10 added it.
    const version = await natsServerVersion(binary);
    if (!versionAtLeast(version, 2, 10)) {
      throw new NatsServerUnsupportedError("syncAlways (sync_interval: always)", version.text, "2.10.0");
    }
  }
  const ownsStore = resolved.storeDir === undefined;
  const storeDir = resolved.storeDir ?? (await mkdtemp(join(tmpdir(), "troupe-nats-")));
  const server = new NatsServerProcess(binary, resolved, storeDir, ownsStore);
  try {
    await server.startOnFreePort();
  } catch (error) {
    if (ownsStore) await rm(storeDir, { recursive: true, force: true });
    throw error;
  }
  return server;
}

class NatsServerProcess implements NatsServerHandle {
  readonly storeDir: string;
  readonly #binary: string;
  readonly #options: ResolvedNatsServerOptions;
  readonly #ownsStore: boolean;
  #port = 0;
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();
  #logTail: string[] = [];
  // Orphaned servers would outlive a crashed test run and hold ports; kill them on exit.
  readonly #killOnExit = () => this.#child?.kill("SIGKILL");

  constructor(binary: string, options: ResolvedNatsServerOptions, storeDir: string, ownsStore: boolean) {
    this.#binary = binary;
    this.#options = options;
    this.storeDir = storeDir;
    this.#ownsStore = ownsStore;
  }

  get port(): number {
    return this.#port;
  }
  get url(): string {
    const host = this.#options.host.includes(":") ? `[${this.#options.host}]` : this.#options.host;
    return `nats://${host}:${this.#port}`;
  }
  get pid(): number {
    return this.#child?.pid ?? 0;
  }

  async startOnFreePort(): Promise<void> {
    if (this.#options.port !== undefined) {
      this.#port = this.#options.port;
      return this.#start();
    }
    for (let attempt = 1; ; attempt++) {
      this.#port = await findFreePort(this.#options.host);
      try {
        return await this.#start();
      } catch (error) {
        // Another process may bind the port between findFreePort and the server's own bind.
        if (!(error instanceof NatsServerPortInUseError) || attempt >= PORT_ATTEMPTS) throw error;
      }
    }
  }

  async stop(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const grace = new AbortController();
      const timedOut = await Promise.race([
        this.#exited.then(() => false),
        sleep(this.#options.stopTimeoutMs, true, { signal: grace.signal }).catch(() => false),
      ]);
      grace.abort();
      if (timedOut) child.kill("SIGKILL");
    }
    await this.#exited;
    process.off("exit", this.#killOnExit);
    this.#child = undefined;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.#start();
  }

  async destroy(): Promise<void> {
    await this.stop();
    if (this.#ownsStore) await rm(this.storeDir, { recursive: true, force: true });
  }

  async #writeConfig(): Promise<string> {
    // max_payload exists only in the config file, so the server always gets one.
    const config = join(this.storeDir, "nats-server.conf");
    const sync = this.#options.syncAlways ? "\n  sync_interval: always" : "";
    const extra = typeof this.#options.extraConfig === "function" ? await this.#options.extraConfig() : this.#options.extraConfig;
    await writeFile(config, `max_payload: ${this.#options.maxPayload}\njetstream {\n  store_dir: ${JSON.stringify(this.storeDir)}${sync}\n}\n${extra}`, { mode: 0o600 });
    return config;
  }

  async reload(): Promise<void> {
    await this.#writeConfig();
    this.#child?.kill("SIGHUP");
  }

  async #start(): Promise<void> {
    const config = await this.#writeConfig();
    const args = ["-a", this.#options.host, "-p", String(this.#port), "-c", config];
    if (this.#options.httpMonitorPort !== undefined) args.push("-m", String(this.#options.httpMonitorPort));
    if (this.#options.logFile !== undefined) args.push("-l", this.#options.logFile);

    this.#logTail = [];
    const child = spawn(this.#binary, args, { stdio: ["ignore", "ignore", "pipe"] });
    this.#child = child;
    process.on("exit", this.#killOnExit);
    // "close" (not "exit") so the last stderr lines are in the tail; "error" when spawn fails.
    this.#exited = new Promise((resolve) => {
      child.once("close", () => resolve());
      child.once("error", () => resolve());
    });
    let partial = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      // Chunks do not respect line boundaries; keep the unfinished last line for the next one.
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      this.#logTail.push(...lines.filter((line) => line !== ""));
      this.#logTail.splice(0, Math.max(0, this.#logTail.length - LOG_TAIL_LINES));
    });
    child.stderr?.on("end", () => {
      if (partial !== "") this.#logTail.push(partial);
    });
    const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));

    try {
      await this.#waitUntilReady(child, spawnError);
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  async #waitUntilReady(child: ChildProcess, spawnError: Promise<Error>): Promise<void> {
    const deadline = Date.now() + this.#options.startTimeoutMs;
    let lastError: unknown;
    let failed: Error | undefined;
    void spawnError.then((error) => (failed = error));
    while (Date.now() < deadline) {
      if (failed) {
        throw new NatsServerStartError(`could not run ${this.#binary}: ${failed.message}`, "", { cause: failed });
      }
      if (child.exitCode !== null || child.signalCode !== null) {
        await this.#exited;
        const tail = await this.#readLogTail();
        // Only the client listener counts: a busy monitor port is the caller's mistake, not a race.
        const clientPortTaken = new RegExp(`Error listening on port: \\S*:${this.#port},.*address already in use`);
        if (clientPortTaken.test(tail)) throw new NatsServerPortInUseError(this.#port, tail);
        const status = child.exitCode ?? child.signalCode;
        throw new NatsServerStartError(`nats-server exited with ${status} while starting`, tail);
      }
      try {
        // Only hand the port to the NATS client once a NATS server greets on it: nats.js leaks
        // the socket of a connect that times out against a listener that never sends INFO.
        if (!(await greetsWithInfo(this.#options.host, this.#port))) {
          await sleep(20);
          continue;
        }
        // A client connection proves the port; a JetStream manager proves JetStream answers.
        const nc = await connect({
          servers: this.url,
          reconnect: false,
          timeout: 500,
          name: "troupe-nats-server-probe",
          ...this.#options.probeConnectOptions,
        });
        try {
          await jetstreamManager(nc, { timeout: 1000 });
          return;
        } finally {
          await nc.close();
        }
      } catch (error) {
        lastError = error;
        await sleep(20);
      }
    }
    throw new NatsServerStartError(
      `nats-server on ${this.url} was not ready with JetStream within ${this.#options.startTimeoutMs}ms ` +
        `(last error: ${lastError instanceof Error ? lastError.message : String(lastError)})`,
      await this.#readLogTail(),
      { cause: lastError },
    );
  }

  async #readLogTail(): Promise<string> {
    if (this.#options.logFile === undefined) return this.#logTail.join("\n");
    try {
      const file = await open(this.#options.logFile);
      try {
        const { size } = await file.stat();
        const length = Math.min(size, 8192);
        const { buffer } = await file.read(Buffer.alloc(length), 0, length, size - length);
        return buffer.toString("utf8").split("\n").slice(-LOG_TAIL_LINES).join("\n").trim();
      } finally {
        await file.close();
      }
    } catch {
      return "";
    }
  }
}

/** True when whatever listens on host:port speaks first with a NATS `INFO` line. */
function greetsWithInfo(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("data", (chunk) => done(chunk.toString("latin1").startsWith("INFO ")));
    // A closed socket has no idle timer left, so a peer that hangs up must be caught here.
    socket.once("error", () => done(false));
    socket.once("close", () => done(false));
  });
}
