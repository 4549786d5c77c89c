// A JetStream write whose acknowledgement never came (the connection dropped while it was in
// flight, a nats-server reload, a slow server) may or may not have landed. Writing again could
// do it twice, and a compare-and-set write again would fail against its own first copy; so the
// store looks first: if the key now holds exactly what was written, the write landed and its
// revision is the answer; if not, it is written again with the same expectations. Reads lost
// the same way are asked again.

export interface LostAckSteps {
  write(): Promise<number>;
  /** The revision of the write if the store shows it landed, else undefined. Throws while the store cannot be read. */
  landed(): Promise<number | undefined>;
}

/** How long to keep trying to read the key back (the connection coming back), in all. */
export const LOST_ACK_VERIFY_MS = 5_000;
const VERIFY_RETRY_MS = 100;

export function isLostAck(error: unknown): boolean {
  const name = (error as { name?: string })?.name ?? "";
  const message = String((error as { message?: string })?.message ?? "");
  return name === "TimeoutError" || /timeout|disconnect|connection (was )?closed|reconnect/i.test(message);
}

export async function writeRidingLostAcks(steps: LostAckSteps, sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<number> {
  try {
    return await steps.write();
  } catch (error) {
    if (!isLostAck(error)) throw error;
    for (let waited = 0; ; waited += VERIFY_RETRY_MS) {
      try {
        const revision = await steps.landed();
        if (revision !== undefined) return revision;
        break;
      } catch {
        if (waited >= LOST_ACK_VERIFY_MS) throw error;
        await sleep(VERIFY_RETRY_MS);
      }
    }
    return await steps.write();
  }
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** A read whose reply was lost the same way is simply asked again, for LOST_ACK_VERIFY_MS after the first loss. */
export async function readRidingLostAcks<T>(read: () => Promise<T>, sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<T> {
  let deadline: number | undefined;
  for (;;) {
    try {
      return await read();
    } catch (error) {
      deadline ??= Date.now() + LOST_ACK_VERIFY_MS;
      if (!isLostAck(error) || Date.now() >= deadline) throw error;
      await sleep(VERIFY_RETRY_MS);
    }
  }
}
