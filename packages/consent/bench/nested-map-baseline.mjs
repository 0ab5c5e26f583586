// The plain-JS peer of the consent store (issue #18): the same policy written the obvious way —
// Map BSN → Map custodian key → choices; a decision collects the choices of the request's three
// custodian keys, keeps those matching each category of the requested subtree, drops those
// another matching choice supersedes (dominance; an unconfirmed emergency consent never supersedes
// a deny), any deny left wins, and the categories combine Deny > Indeterminate > NotApplicable > Permit.
export function buildNestedMaps(profiles, lists) {
  const parent = new Map(lists.dataCategories.map((c) => [c.code, c.parent]));
  const up = (code) => (code === undefined ? [] : [code, ...up(parent.get(code))]);
  const maps = new Map();
  maps.ancestors = new Map([...parent.keys()].map((c) => [c, up(c)]));
  maps.subtree = new Map(
    [...parent.keys()].map((c) => [c, [...parent.keys()].filter((d) => up(d).includes(c))]),
  );
  for (const p of profiles) {
    const byCustodian = new Map();
    for (const c of p.choices) {
      const cu = c.custodian,
        rq = c.requesters;
      const key =
        cu._tag === "Organisation" ? `O:${cu.ura}` : cu._tag === "ProviderType" ? `T:${cu.type}` : "*";
      const e = {
        cat: c.dataCategory,
        depth: up(c.dataCategory).length,
        cl: key[0] === "O" ? 2 : key[0] === "T" ? 1 : 0,
        rk: rq._tag === "Organisation" ? 2 : rq._tag === "Categories" ? 1 : 0,
        rura: rq.ura,
        codes: new Set(rq.codes ?? []),
        deny: c.decision === "deny",
        em: c.origin === "emergency" && c.until !== undefined,
        from: c.from,
        until: c.until ?? Number.POSITIVE_INFINITY,
        indeterminate: c.indeterminateFrom ?? Number.POSITIVE_INFINITY,
      };
      byCustodian.set(key, [...(byCustodian.get(key) ?? []), e]);
    }
    maps.set(p.patient, byCustodian);
  }
  return maps;
}
const reqGE = (a, b) =>
  b.rk === 0 || a.rk === 2 || (a.rk === 1 && b.rk === 1 && [...a.codes].every((x) => b.codes.has(x)));
const sup = (a, b) =>
  a.cl >= b.cl &&
  a.depth >= b.depth &&
  reqGE(a, b) &&
  (a.cl > b.cl || a.depth > b.depth || !reqGE(b, a)) &&
  !(a.em && b.deny);
const severity = { Permit: 0, NotApplicable: 1, Indeterminate: 2, Deny: 3 };
export function nestedMapDecide(maps, r) {
  if (r.purpose !== "TREAT" || !r.treatmentRelationship) return "Deny";
  const byCustodian = maps.get(r.patient),
    subtree = maps.subtree.get(r.dataCategory);
  if (byCustodian === undefined || subtree === undefined) return "NotApplicable";
  const all = [
    byCustodian.get(`O:${r.custodian.ura}`),
    byCustodian.get(`T:${r.custodian.type}`),
    byCustodian.get("*"),
  ].flatMap((x) => x ?? []);
  let worst = "Permit";
  for (const cat of subtree) {
    const ancestors = maps.ancestors.get(cat);
    const m = all.filter(
      (c) =>
        ancestors.includes(c.cat) &&
        c.from <= r.at &&
        r.at < c.until &&
        (c.rk === 0 || (c.rk === 2 ? c.rura === r.requester.ura : c.codes.has(r.requester.category))),
    );
    const top = m.filter((b) => !m.some((a) => a !== b && sup(a, b)));
    const answer =
      m.length === 0
        ? "NotApplicable"
        : top.some((c) => c.deny)
          ? "Deny"
          : top.some((c) => r.at >= c.indeterminate)
            ? "Indeterminate"
            : "Permit";
    if (severity[answer] > severity[worst]) worst = answer;
  }
  return worst;
}
