// Column-aligned text tables as kubectl prints them (tabwriter: left-aligned cells, three
// spaces between columns, no trailing padding on the last column).

const GAP = "   ";

export type TableRow = readonly string[];

/** Width of each column over all rows, so later rows (a watch) can be padded to match. */
export function columnWidths(rows: readonly TableRow[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  return widths;
}

export function formatRow(row: TableRow, widths: readonly number[]): string {
  const last = row.length - 1;
  return row.map((cell, index) => (index === last ? cell : cell.padEnd(widths[index] ?? 0))).join(GAP);
}

/** Header plus rows, each line ending in a newline. */
export function formatTable(header: TableRow, rows: readonly TableRow[]): string {
  const widths = columnWidths([header, ...rows]);
  return [header, ...rows].map((row) => `${formatRow(row, widths)}\n`).join("");
}
