import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatRowError, readIncidents, readOutages } from "../src/input.js";
import { readJson, sample, tempDir } from "./helpers.js";

const file = (name: string, text: string): string => {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
};

describe("reading incidents and outages", () => {
  it("CSV: dotted headers nest, empty cells are absent, a JSON column is parsed; same values as the JSON sample", () => {
    const fromCsv = readIncidents(sample("incidents.csv"));
    const fromJson = readIncidents(sample("incidents.json"));
    expect(fromCsv.errors).toEqual([]);
    expect(fromJson.errors).toEqual([]);
    expect(fromCsv.values).toEqual(fromJson.values);
    expect(fromCsv.values).toHaveLength((readJson(sample("incidents.json")) as unknown[]).length);
    expect(readOutages(sample("outages.csv")).values).toEqual(readOutages(sample("outages.json")).values);
  });

  it("CSV: a byte-order mark, quoted cells with commas, booleans", () => {
    const r = readIncidents(
      file(
        "i.csv",
        '\uFEFFid,receivedAt,priority,confidentialityDeviation\n"INC-1, first",2026-04-02T10:00:00+02:00,P3,true\nINC-2,2026-04-02T10:00:00+02:00,P3,yes\n',
      ),
    );
    expect(r.values.map((i) => [i.id, i.confidentialityDeviation])).toEqual([["INC-1, first", true]]);
    expect(r.errors.map(formatRowError)).toEqual([
      "i.csv row 2 (line 3), field confidentialityDeviation: expected true or false",
    ]);
  });

  it("reports a repeated id, an unknown column, bad JSON in a JSON column — never the value itself", () => {
    const r = readIncidents(
      file(
        "i.csv",
        "id,receivedAt,priority,priorityChanges,colour\nINC-1,2026-04-02T10:00:00+02:00,P3,,\nINC-1,2026-04-03T10:00:00+02:00,P3,,\nINC-3,2026-04-03T10:00:00+02:00,P3,[oops,\nINC-4,2026-04-03T10:00:00+02:00,P3,,red\n",
      ),
    );
    expect(r.errors.map(formatRowError)).toEqual([
      "i.csv row 2 (line 3), field id: the same id as row 1",
      "i.csv row 3 (line 4), field priorityChanges: expected JSON in this column",
      expect.stringMatching(/^i\.csv row 4 \(line 5\), field colour: /),
    ]);
    expect(r.errors.map(formatRowError).join("\n")).not.toContain("red");
    expect(r.values.map((i) => i.id)).toEqual(["INC-1"]);
  });

  it("JSON: rows are the array's elements; a file that is not an array, not JSON, or not found is one problem", () => {
    const r = readOutages(
      file(
        "o.json",
        JSON.stringify([
          { start: "2026-04-02T10:00:00+02:00", end: "2026-04-02T11:00:00+02:00", cause: "supplier" },
          { start: "2026-04-02T10:00:00+02:00", end: "2026-04-02T09:00:00+02:00", cause: "solar-flare" },
        ]),
      ),
    );
    expect(r.values).toHaveLength(1);
    expect(r.errors.map(formatRowError)).toEqual([
      expect.stringMatching(/^o\.json row 2, field cause: Expected "supplier"/),
    ]);
    expect(readOutages(file("o.json", "{}")).errors.map(formatRowError)).toEqual([
      "o.json: expected a JSON array of rows",
    ]);
    expect(readOutages(file("o.json", "[")).errors.map(formatRowError)[0]).toMatch(
      /^o\.json: not valid JSON/,
    );
    expect(readOutages(file("o.txt", "")).errors.map(formatRowError)).toEqual([
      "o.txt: expected a .json or .csv file",
    ]);
    expect(readOutages(join(tempDir(), "none.csv")).errors.map(formatRowError)).toEqual([
      "none.csv: file not found",
    ]);
  });
});
