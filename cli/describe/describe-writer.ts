// Builds `troupe describe` text: "Label:  value" lines whose values line up, nested sections,
// multi-line values continued under their first line, and small tables.
import { columnWidths, formatRow, type TableRow } from "../table.ts";

type Entry =
  | { type: "field"; indent: number; label: string; value: string }
  | { type: "text"; indent: number; text: string };

const INDENT = "  ";

export class DescribeWriter {
  readonly #entries: Entry[] = [];

  /** "Label:  value". A multi-line value continues in the value column. */
  field(indent: number, label: string, value: string | number | boolean): this {
    this.#entries.push({ type: "field", indent, label, value: String(value) });
    return this;
  }

  /** "Label:" opening a nested section. */
  heading(indent: number, label: string): this {
    return this.text(indent, `${label}:`);
  }

  text(indent: number, text: string): this {
    for (const line of text.split("\n")) this.#entries.push({ type: "text", indent, text: line });
    return this;
  }

  /** A table with kubectl's dashed underline below the header. */
  table(indent: number, header: TableRow, rows: readonly TableRow[]): this {
    const underline = header.map((cell) => "-".repeat(cell.length));
    const widths = columnWidths([header, ...rows]);
    for (const row of [header, underline, ...rows]) this.text(indent, formatRow(row, widths).trimEnd());
    return this;
  }

  toString(): string {
    const widths = this.#labelWidths();
    return this.#entries
      .map((entry, index) => {
        const pad = INDENT.repeat(entry.indent);
        if (entry.type === "text") return `${pad}${entry.text}\n`;
        const label = `${entry.label}:`.padEnd(widths[index] + 2);
        const [first, ...rest] = entry.value.split("\n");
        const continuation = " ".repeat(pad.length + label.length);
        return [`${pad}${label}${first}`.trimEnd(), ...rest.map((line) => `${continuation}${line}`)].join("\n") + "\n";
      })
      .join("");
  }

  /**
   * Label width per field: the widest label among the fields at the same indent that are not
   * separated by a line at a shallower indent, so each section lines up on its own.
   */
  #labelWidths(): number[] {
    const widths = Array.from({ length: this.#entries.length }, () => 0);
    const open = new Map<number, number[]>();
    const close = (indent: number) => {
      const members = open.get(indent) ?? [];
      const width = Math.max(0, ...members.map((index) => (this.#entries[index] as { label: string }).label.length + 1));
      for (const index of members) widths[index] = width;
      open.delete(indent);
    };
    this.#entries.forEach((entry, index) => {
      for (const indent of open.keys()) if (indent > entry.indent) close(indent);
      if (entry.type === "field") open.set(entry.indent, [...(open.get(entry.indent) ?? []), index]);
    });
    for (const indent of open.keys()) close(indent);
    return widths;
  }
}
