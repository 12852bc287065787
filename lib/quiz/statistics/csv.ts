/**
 * CSV as RFC 4180 has it (fields quoted when they hold a comma, quote, CR or LF; quotes doubled;
 * CRLF line ends), with spreadsheet formula injection guarded: a text field that begins with
 * = + - @, a tab or a CR is what Excel and LibreOffice run as a formula (OWASP "CSV Injection"),
 * so it gets a leading apostrophe, which those programs show as text. Learners write free text
 * (short answers, cloze blanks) that lands in the instructor's spreadsheet, hence the guard.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers we produce (scores, attempt numbers) are data, not text a learner typed.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
