// Monthly availability for 100 000 outage intervals (spec §10: under 100 ms). Repeats the
// computation and reports the median and p99 of the wall time. Run: `pnpm bench` (builds first).
import { availability, compileSla, mdoSla2025, monthInterval, yearMonth } from "../dist/index.js";

const N = 100_000;
const RUNS = 100;
const sla = compileSla(mdoSla2025, { years: { from: 2025, to: 2027 } });
const month = yearMonth("2026-03");
const { start, end } = monthInterval(month);

let seed = 42;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const causes = [
  "supplier",
  "supplier",
  "supplier",
  "subcontractor",
  "customer-ict",
  "attack",
  "force-majeure",
  "maintenance",
];
const outages = Array.from({ length: N }, (_, k) => {
  const s = start - 3_600_000 + Math.floor(rnd() * (end - start + 7_200_000));
  const cause = causes[k % causes.length];
  const o = { id: `O${k}`, start: s, end: s + Math.floor(rnd() * 90_000), cause };
  if (cause === "maintenance") o.announcedAt = s - Math.floor(rnd() * 30) * 86_400_000;
  return o;
});

const times = [];
let last;
for (let r = 0; r < RUNS + 5; r++) {
  const t0 = performance.now();
  last = availability({ month, outages }, sla);
  const t1 = performance.now();
  if (r >= 5) times.push(t1 - t0);
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
console.log(
  JSON.stringify(
    {
      outages: N,
      runs: RUNS,
      medianMs: +q(0.5).toFixed(2),
      p99Ms: +q(0.99).toFixed(2),
      maxMs: +times[times.length - 1].toFixed(2),
      downtimeMinutes: last.value.downtimeMinutes,
      excludedMinutes: last.value.excludedMinutes,
      percent: last.value.percent,
      underBudget: q(0.99) < 100,
    },
    null,
    2,
  ),
);
