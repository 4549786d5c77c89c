// Numbers back to Kubernetes quantities, for values the API and kubelet compute (sums, differences).
/** A canonical-looking quantity: whole numbers plain or in Ki/Mi/Gi/Ti, fractions in millis. */
export function formatQuantity(value: number): string {
  if (!Number.isInteger(value)) return `${Math.round(value * 1000)}m`;
  for (const [suffix, unit] of [["Ti", 2 ** 40], ["Gi", 2 ** 30], ["Mi", 2 ** 20], ["Ki", 2 ** 10]] as const) {
    if (value !== 0 && value % unit === 0) return `${value / unit}${suffix}`;
  }
  return String(value);
}
