// Resource usage as Kubernetes quantities: what metrics-server serves (CPU in nanocores "123456n",
// memory in "1234Ki") and what kubectl top prints (CPU in millicores "12m", memory in "12Mi").

/** metrics-server's CPU quantity: whole nanocores ("0" when idle). */
export function cpuQuantity(nanoCores: number): string {
  const n = Math.max(0, Math.round(nanoCores));
  return n === 0 ? "0" : `${n}n`;
}

/** metrics-server's memory quantity: whole KiB, or plain bytes when not a whole KiB. */
export function memoryQuantity(bytes: number): string {
  const b = Math.max(0, Math.round(bytes));
  return b % 1024 === 0 && b !== 0 ? `${b / 1024}Ki` : String(b);
}

/** kubectl top's CPU column: millicores, rounded up as kubectl does (a running container shows at least 1m when it used anything). */
export function topCpu(nanoCores: number): string {
  return `${Math.ceil(nanoCores / 1e6)}m`;
}

/** kubectl top's memory column: MiB, whole. */
export function topMemory(bytes: number): string {
  return `${Math.floor(bytes / 2 ** 20)}Mi`;
}
