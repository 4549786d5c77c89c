// What kubectl's table printer (cli-runtime printTable) makes of a server-side Table: priority 1
// columns only with -o wide, names upper-cased, string cells cut at a newline, other cells
// printed with fmt.Sprint. Returned as rows of cells so tests need not depend on padding.
import type { TableJson } from "../../services/kube-api/table/mod.ts";

export function kubectlView(table: TableJson, options: { wide?: boolean } = {}): string[][] {
  const shown = table.columnDefinitions.map((column) => options.wide === true || column.priority === 0);
  const header = table.columnDefinitions.filter((_, index) => shown[index]).map((column) => column.name.toUpperCase());
  const rows = table.rows.map((row) =>
    row.cells
      .slice(0, table.columnDefinitions.length)
      .filter((_, index) => shown[index])
      .map((cell) => (typeof cell === "string" ? cutAtNewline(cell) : String(cell))),
  );
  return [header, ...rows];
}

function cutAtNewline(text: string): string {
  const newline = text.indexOf("\n");
  return newline < 0 ? text : `${text.slice(0, newline)}...`;
}
