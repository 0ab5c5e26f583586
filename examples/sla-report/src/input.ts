/**
 * Reading incidents and outages from JSON or CSV files, row by row, through the calculator's own
 * decoders (`decodeIncident`, `decodeOutage`): a bad row becomes a {@link RowError} with its row
 * number, field and reason, and reading goes on, so one run lists every bad row.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { DecodeIssue } from "@zorgkit/core";
import {
  decodeIncident,
  decodeMaintenanceOverview,
  decodeOutage,
  decodeQuarterHistory,
  type Incident,
  type MaintenanceOverview,
  type Outage,
  type QuarterHistory,
} from "@zorgkit/sla-calculator";
import { parse } from "csv-parse/sync";
import type { Progress } from "./progress.js";

/** One bad row: where (file, row, CSV line), which field, and why. Never contains the value itself. */
export interface RowError {
  readonly file: string;
  /** The data row, 1-based (CSV: not counting the header; JSON: the array element). */
  readonly row?: number;
  /** The CSV line the row ends on (the header is line 1). */
  readonly line?: number;
  /** The field, as a dotted path (`resolution.reportedAt`); absent for the row as a whole. */
  readonly field?: string;
  readonly reason: string;
}

/** What {@link readRows} found: the decoded values and the bad rows. */
export interface Rows<A> {
  readonly values: ReadonlyArray<A>;
  readonly errors: ReadonlyArray<RowError>;
}

/** `RowError` as one line: `incidents.csv row 3 (line 4), field priority: Expected "P1" | …`. */
export function formatRowError(e: RowError): string {
  const where = [
    e.file,
    e.row === undefined ? undefined : `row ${e.row}${e.line === undefined ? "" : ` (line ${e.line})`}`,
  ]
    .filter((x) => x !== undefined)
    .join(" ");
  return `${where}${e.field === undefined ? "" : `, field ${e.field}`}: ${e.reason}`;
}

/** A decoder issue's path (`$.resolution.reportedAt`, `$[2]`) as a field name; `undefined` for the row itself. */
function fieldOf(issue: DecodeIssue): string | undefined {
  const p = issue.path.replace(/^\$\.?/, "");
  return p === "" ? undefined : p;
}

/** Columns that hold booleans or JSON in a CSV file (everything else is text, an empty cell is absent). */
const BOOLEAN_COLUMNS = new Set(["confidentialityDeviation"]);
const JSON_COLUMNS = new Set(["priorityChanges", "report"]);

/** A CSV record (header → cell) as the object the decoder reads: dotted headers nest, empty cells are left out. */
function csvObject(
  record: Readonly<Record<string, string>>,
): { ok: true; value: Record<string, unknown> } | { ok: false; field: string; reason: string } {
  const out: Record<string, unknown> = {};
  for (const [header, raw] of Object.entries(record)) {
    const cell = raw.trim();
    if (cell === "") continue;
    let value: unknown = cell;
    if (BOOLEAN_COLUMNS.has(header)) {
      if (cell !== "true" && cell !== "false")
        return { ok: false, field: header, reason: "expected true or false" };
      value = cell === "true";
    } else if (JSON_COLUMNS.has(header)) {
      try {
        value = JSON.parse(cell);
      } catch {
        return { ok: false, field: header, reason: "expected JSON in this column" };
      }
    }
    const keys = header.split(".");
    let target = out;
    for (const k of keys.slice(0, -1)) {
      const next = target[k];
      if (typeof next === "object" && next !== null) target = next as Record<string, unknown>;
      else {
        const created: Record<string, unknown> = {};
        target[k] = created;
        target = created;
      }
    }
    target[keys[keys.length - 1] as string] = value;
  }
  return { ok: true, value: out };
}

/** A raw row before decoding: the object, and where it came from. */
interface RawRow {
  readonly value: unknown;
  readonly row: number;
  readonly line?: number;
}

function rawRows(path: string): { rows: Array<RawRow>; errors: Array<RowError> } {
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    return {
      rows: [],
      errors: [{ file, reason: code === "ENOENT" ? "file not found" : `cannot read (${code})` }],
    };
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".json") {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return { rows: [], errors: [{ file, reason: `not valid JSON (${(e as Error).message})` }] };
    }
    if (!Array.isArray(json))
      return { rows: [], errors: [{ file, reason: "expected a JSON array of rows" }] };
    return { rows: json.map((value, k) => ({ value, row: k + 1 })), errors: [] };
  }
  if (ext === ".csv") {
    // Records csv-parse skips (a wrong number of cells) and the records it returns are put back
    // in line order, so the row numbers count every data row of the file.
    const skipped: Array<{ line: number; reason: string }> = [];
    let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
    try {
      records = parse(text, {
        bom: true,
        columns: true,
        info: true,
        skip_empty_lines: true,
        trim: true,
        skip_records_with_error: true,
        on_skip: (err) => {
          if (err === undefined) return;
          skipped.push({
            line: (err as { lines?: number }).lines ?? 0,
            reason: err.message.replace(/^Invalid Record Length: /, "").replace(/ on line \d+$/, ""),
          });
        },
      });
    } catch (e) {
      return { rows: [], errors: [{ file, reason: `not valid CSV (${(e as Error).message})` }] };
    }
    const entries = [
      ...records.map((r) => ({
        line: r.info.lines,
        record: r.record as Record<string, string> | undefined,
        reason: "",
      })),
      ...skipped.map((s) => ({ line: s.line, record: undefined, reason: s.reason })),
    ].sort((a, b) => a.line - b.line);
    const errors: Array<RowError> = [];
    const rows: Array<RawRow> = [];
    for (const [k, e] of entries.entries()) {
      const at = { row: k + 1, line: e.line };
      if (e.record === undefined) {
        errors.push({ file, ...at, reason: e.reason });
        continue;
      }
      const obj = csvObject(e.record);
      if (obj.ok) rows.push({ value: obj.value, ...at });
      else errors.push({ file, ...at, field: obj.field, reason: obj.reason });
    }
    return { rows, errors };
  }
  return { rows: [], errors: [{ file, reason: "expected a .json or .csv file" }] };
}

/** A decoded row with where it came from. */
interface Located<A> {
  readonly value: A;
  readonly row: number;
  readonly line?: number;
}

function decodeRows<A>(
  path: string,
  decodeRow: (u: unknown) => { ok: true; value: A } | { ok: false; issues: ReadonlyArray<DecodeIssue> },
  progress: Progress | undefined,
  label: string,
): { values: Array<Located<A>>; errors: Array<RowError> } {
  const file = basename(path);
  const { rows, errors } = rawRows(path);
  const values: Array<Located<A>> = [];
  progress?.start(label, rows.length);
  for (const [k, r] of rows.entries()) {
    const d = decodeRow(r.value);
    const at = { row: r.row, ...(r.line === undefined ? {} : { line: r.line }) };
    if (d.ok) values.push({ value: d.value, ...at });
    else {
      for (const issue of d.issues) {
        const field = fieldOf(issue);
        errors.push({ file, ...at, ...(field === undefined ? {} : { field }), reason: issue.message });
      }
    }
    progress?.tick(k + 1);
  }
  progress?.done();
  return { values, errors };
}

const byRow = (a: RowError, b: RowError): number =>
  (a.row ?? 0) - (b.row ?? 0) || (a.line ?? 0) - (b.line ?? 0);

/**
 * Read and decode the rows of a JSON array or CSV file, one by one, collecting every bad row.
 * `progress` is told after each row.
 */
export function readRows<A>(
  path: string,
  decodeRow: (u: unknown) => { ok: true; value: A } | { ok: false; issues: ReadonlyArray<DecodeIssue> },
  progress?: Progress,
  label = basename(path),
): Rows<A> {
  const { values, errors } = decodeRows(path, decodeRow, progress, label);
  return { values: values.map((v) => v.value), errors: errors.sort(byRow) };
}

/** Incidents from a file; a repeated id is a bad row too (it would be counted twice). */
export function readIncidents(path: string, progress?: Progress): Rows<Incident> {
  const { values, errors } = decodeRows(path, decodeIncident, progress, "incidents");
  const seen = new Map<string, number>();
  const kept: Array<Incident> = [];
  for (const v of values) {
    const first = seen.get(v.value.id);
    if (first === undefined) {
      seen.set(v.value.id, v.row);
      kept.push(v.value);
    } else {
      errors.push({
        file: basename(path),
        row: v.row,
        ...(v.line === undefined ? {} : { line: v.line }),
        field: "id",
        reason: `the same id as row ${first}`,
      });
    }
  }
  return { values: kept, errors: errors.sort(byRow) };
}

/** Outages from a file. */
export function readOutages(path: string, progress?: Progress): Rows<Outage> {
  return readRows(path, decodeOutage, progress, "outages");
}

function readJson(path: string): { ok: true; value: unknown } | { ok: false; error: RowError } {
  const file = basename(path);
  try {
    return { ok: true, value: JSON.parse(readFileSync(path, "utf8")) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    return {
      ok: false,
      error: {
        file,
        reason: code === "ENOENT" ? "file not found" : `not valid JSON (${(e as Error).message})`,
      },
    };
  }
}

/** The published yearly maintenance overviews (a JSON array of `{ publishedAt, windows }`). */
export function readMaintenanceOverviews(path: string): Rows<MaintenanceOverview> {
  return readRows(path, decodeMaintenanceOverview);
}

/** Earlier quarters for MDO-BV 2.12 (a JSON `QuarterHistory`), decoded as a whole (each quarter once). */
export function readHistory(path: string): { value?: QuarterHistory; errors: ReadonlyArray<RowError> } {
  const file = basename(path);
  const json = readJson(path);
  if (!json.ok) return { errors: [json.error] };
  const d = decodeQuarterHistory(json.value);
  if (d.ok) return { value: d.value, errors: [] };
  return {
    errors: d.issues.map((issue) => {
      const m = /^\$\[(\d+)\]\.?(.*)$/.exec(issue.path);
      return m === null
        ? { file, reason: issue.message }
        : {
            file,
            row: Number(m[1]) + 1,
            ...(m[2] === "" ? {} : { field: m[2] as string }),
            reason: issue.message,
          };
    }),
  };
}
