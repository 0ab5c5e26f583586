// dayjs-business-time through dayjs's timezone plugin (dayjs.tz(t, "Europe/Amsterdam")) in a
// process whose own time zone is UTC — how a server in UTC would be tempted to call it — on the
// DST calendars of working-time.bench.mjs (open 01:00–05:00 and 00:00–24:00 every day). Every
// answer is compared with the minute-stepping reference of @zorgkit/core/testing. The main bench
// calls dayjs-business-time the documented way instead (local time, TZ=Europe/Amsterdam).
// Queries run in a worker, one at a time, so that a query that never returns is counted (after
// 1 s) instead of hanging the run.
//
//   node bench/dayjs-tz-dst.mjs [--quick]     (in packages/core, after a build)
import { createRequire } from "node:module";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { dailyCalendar, dstWeekendStart, hhmm, WEEKDAYS as keys, mulberry32 } from "./helpers.mjs";

const MINUTE = 60_000;
const ZONE = "Europe/Amsterdam";

if (!isMainThread) {
  const require = createRequire(import.meta.url);
  const dayjs = require("dayjs");
  dayjs.extend(require("dayjs/plugin/utc"));
  dayjs.extend(require("dayjs/plugin/timezone"));
  dayjs.extend(require("dayjs-business-time"));
  const { start, end } = workerData;
  dayjs.setBusinessTime(Object.fromEntries(keys.map((k) => [k, [{ start: hhmm(start), end: hhmm(end) }]])));
  dayjs.setHolidays([]);
  parentPort.on("message", ({ op, a, arg }) => {
    try {
      const value =
        op === "add"
          ? dayjs.tz(a, ZONE).addBusinessMinutes(arg).valueOf()
          : dayjs.tz(a, ZONE).businessMinutesDiff(dayjs.tz(arg, ZONE));
      parentPort.postMessage({ value });
    } catch (e) {
      parentPort.postMessage({ error: String(e) });
    }
  });
} else {
  if (process.env.TZ !== "UTC") {
    // Re-run with the process in UTC (the point of this probe).
    const { spawnSync } = await import("node:child_process");
    const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, TZ: "UTC" },
    });
    process.exit(r.status ?? 1);
  }
  const zk = await import(new URL("../dist/calendar.js", import.meta.url).href);
  const testing = await import(new URL("../dist/testing.js", import.meta.url).href);
  const SAMPLE = process.argv.includes("--quick") ? 40 : 200;
  const rand = mulberry32(20260604);
  const dstStart = () => dstWeekendStart(rand, zk, ZONE);
  console.log(
    `dayjs-business-time via dayjs.tz in a UTC process, ${SAMPLE} additions and ${SAMPLE} spans per calendar (DST weekends 2025–2034)`,
  );
  for (const [start, end] of [
    [60, 300],
    [0, 1440],
  ]) {
    const cal = dailyCalendar(start, end, ZONE);
    const tally = { add: { wrong: 0, threw: 0, hung: 0 }, between: { wrong: 0, threw: 0, hung: 0 } };
    const examples = [];
    let worker = new Worker(new URL(import.meta.url), { workerData: { start, end } });
    const ask = (q) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ hung: true }), 1000);
        worker.once("message", (m) => {
          clearTimeout(timer);
          resolve(m);
        });
        worker.postMessage(q);
      });
    for (let i = 0; i < SAMPLE; i++) {
      const a = dstStart();
      const qs = {
        add: { op: "add", a, arg: [60, 180, 480, 1440][i % 4] },
        between: { op: "between", a, arg: a + (1 + Math.floor(rand() * 3 * 1440)) * MINUTE },
      };
      for (const op of ["add", "between"]) {
        const q = qs[op];
        const truth =
          op === "add"
            ? testing.refAddWorkingTime(cal, a, q.arg * MINUTE, 60 * 1440)
            : testing.refWorkingTimeBetween(cal, a, q.arg) / MINUTE;
        const r = await ask(q);
        if (r.hung) {
          tally[op].hung++;
          await worker.terminate();
          worker = new Worker(new URL(import.meta.url), { workerData: { start, end } });
        } else if (r.error !== undefined) tally[op].threw++;
        else if (r.value !== truth) tally[op].wrong++;
        if ((r.hung || r.error !== undefined || r.value !== truth) && examples.length < 3) {
          const shown = (x) => (op === "add" && typeof x === "number" ? zk.formatInstant(x, ZONE) : x);
          examples.push({
            op,
            from: zk.formatInstant(a, ZONE),
            arg: op === "add" ? `${q.arg} min` : zk.formatInstant(q.arg, ZONE),
            answer: r.hung ? "no answer after 1 s" : (r.error ?? shown(r.value)),
            arbiter: shown(truth),
          });
        }
      }
    }
    await worker.terminate();
    const t = tally;
    console.log(
      `  ${hhmm(start).slice(0, 5)}–${hhmm(end).slice(0, 5)} every day — add: ${t.add.wrong} wrong, ${t.add.threw} threw, ${t.add.hung} never returned; between: ${t.between.wrong} wrong, ${t.between.threw} threw, ${t.between.hung} never returned`,
    );
    for (const x of examples) console.log("     ", JSON.stringify(x));
  }
}
