import { afterAll, beforeAll, expect, test } from "vitest";
import { demoIncident, demoRequest } from "../src/demo.js";
import { type TestService, testService } from "./helpers.js";

let s: TestService;
beforeAll(async () => {
  s = await testService();
});
afterAll(() => s.close());

test("smoke", async () => {
  console.log((await s.call("GET", "/health")).body);
  console.log(JSON.stringify((await s.call("POST", "/consent/decisions", { token: s.tokens.read, body: demoRequest(0) })).body).slice(0, 400));
  console.log(JSON.stringify((await s.call("POST", "/sla/deadlines", { token: s.tokens.read, body: demoIncident })).body).slice(0, 400));
  console.log(JSON.stringify((await s.call("POST", "/consent/decisions", { token: s.tokens.read, body: { ...demoRequest(0), patient: "123456789" } })).body).slice(0, 400));
  expect(1).toBe(1);
});
