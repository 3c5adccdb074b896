/** Markdown helpers: tables and number formats shared by every section. */
export type Cell = string | number;

export function table(header: string[], rows: Cell[][]): string {
  const line = (cells: Cell[]) => `| ${cells.map((c) => String(c)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const kB = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : 'n/a');
export const ms = (value: number): string => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
export const ratio = (composed: number, monolith: number): string =>
  Number.isFinite(composed) && Number.isFinite(monolith) && monolith > 0 ? `${(composed / monolith).toFixed(2)}×` : 'n/a';
export const budget = (value: number, limit: number): string =>
  Number.isFinite(value) ? `${value <= limit ? '✅' : '❌'} ≤ ${kB(limit)}` : 'n/a';

/** One section of RESULTS.md: a heading, a few lines of method, tables, notes. */
export interface Section {
  title: string;
  body: string;
}

export function section(title: string, ...parts: string[]): Section {
  return { title, body: parts.filter(Boolean).join('\n\n') };
}
