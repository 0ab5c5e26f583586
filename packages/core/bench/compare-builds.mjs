// Two builds of @zorgkit/core timed alternately in one process, on the working-time bench's
// queries — for before/after comparisons on a shared machine, where two separate runs differ by
// more than the change being measured.
//
//   node bench/compare-builds.mjs <other-dist-dir> [<this-dist-dir>]
//   (e.g. build an older commit's packages/core into /tmp/core-old and pass /tmp/core-old/packages/core/dist)
//
// Both builds must give the same answers first; then 9 alternating rounds of 200 000 queries per
// operation; the table shows the median ns per query and new / old.
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { mulberry32 } from "./helpers.mjs";

const [oldDir, newDir = new URL("../dist", import.meta.url).pathname] = process.argv.slice(2);
if (oldDir === undefined || !existsSync(`${oldDir}/calendar.js`)) {
  console.error("usage: node bench/compare-builds.mjs <other-dist-dir> [<this-dist-dir>]");
  process.exit(1);
}
async function load(dir) {
  const z = await import(pathToFileURL(`${dir}/calendar.js`).href);
  const presetsFile = `${dir}/presets/index.js`;
  const p = existsSync(presetsFile) ? await import(pathToFileURL(presetsFile).href) : {};
  const office = z.compileCalendar(p.mdoOfficeHours ?? z.mdoOfficeHours, { from: 2024, to: 2036 });
  return { z, office };
}
const O = await load(oldDir);
const W = await load(newDir);

const rand = mulberry32(20260604);
const MIN = 60_000;
const N = 200_000;
const fromMin = Date.UTC(2025, 0, 1) / MIN;
const toMin = Date.UTC(2034, 11, 1) / MIN;
const a = new Float64Array(N);
const d = new Float64Array(N);
const b = new Float64Array(N);
for (let i = 0; i < N; i++) {
  a[i] = (fromMin + Math.floor(rand() * (toMin - fromMin))) * MIN;
  d[i] = (1 + Math.floor(rand() * 20 * 8 * 60)) * MIN;
  b[i] = a[i] + Math.floor(rand() * 30 * 1440) * MIN;
}
const days = Array.from({ length: 4096 }, () =>
  O.z.localDateOf(Date.UTC(2025, 0, 1) + Math.floor(rand() * 3650) * 86_400_000),
);
const dn = Int32Array.from({ length: 4096 }, () => Math.floor(rand() * 41) - 20);

const ops = ({ z, office: c }) => ({
  addWorkingTime: () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += z.addWorkingTime(c, a[i], d[i]);
    return s;
  },
  workingTimeBetween: () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += z.workingTimeBetween(c, a[i], b[i]);
    return s;
  },
  addWorkingDays: () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += z.addWorkingDays(c, days[i & 4095], dn[i & 4095]).charCodeAt(9);
    return s;
  },
  workingDaysBetween: () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += z.workingDaysBetween(c, days[i & 4095], days[(i + 1) & 4095]);
    return s;
  },
  isWorkingDay: () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += z.isWorkingDay(c, days[i & 4095]) ? 1 : 0;
    return s;
  },
});
const oldOps = ops(O);
const newOps = ops(W);
for (const k of Object.keys(oldOps)) {
  if (oldOps[k]() !== newOps[k]()) {
    console.error(`the two builds disagree on ${k}`);
    process.exit(1);
  }
}
const times = {};
for (let r = 0; r < 9; r++) {
  for (const k of Object.keys(oldOps)) {
    const order =
      r % 2 === 0
        ? [
            ["new", newOps],
            ["old", oldOps],
          ]
        : [
            ["old", oldOps],
            ["new", newOps],
          ];
    for (const [tag, set] of order) {
      const t = performance.now();
      set[k]();
      const key = `${k} ${tag}`;
      if (times[key] === undefined) times[key] = [];
      times[key].push(((performance.now() - t) / N) * 1e6);
    }
  }
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(
  "| operation | other build (ns/query) | this build (ns/query) | this / other |\n| --- | ---: | ---: | ---: |",
);
for (const k of Object.keys(oldOps)) {
  const o = median(times[`${k} old`]);
  const n = median(times[`${k} new`]);
  console.log(`| ${k} | ${o.toFixed(1)} | ${n.toFixed(1)} | ${(n / o).toFixed(3)} |`);
}
