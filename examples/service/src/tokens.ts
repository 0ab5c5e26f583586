/**
 * Bearer tokens with scopes, stored as their SHA-256 hash only (a stolen table gives no token).
 *
 * @module
 */
import { randomBytes } from "node:crypto";
import type { Db } from "./db.js";
import { sha256 } from "./store.js";

export const scopes = ["decisions:read", "events:append", "admin"] as const;
export type Scope = (typeof scopes)[number];

export interface TokenInfo {
  readonly name: string;
  readonly scopes: ReadonlyArray<Scope>;
}

/** Create a token; the plain token is returned once and never stored. */
export async function createToken(db: Db, name: string, granted: ReadonlyArray<Scope>): Promise<string> {
  const token = `zk_${randomBytes(24).toString("base64url")}`;
  await db.query("insert into tokens (hash, name, scopes) values ($1, $2, $3)", [
    sha256(token),
    name,
    granted,
  ]);
  return token;
}

/** Look a presented token up by its hash (cached; a miss asks the database, so tokens made on another instance work). */
export function tokenLookup(db: Db): (token: string) => Promise<TokenInfo | undefined> {
  const cache = new Map<string, TokenInfo>();
  return async (token) => {
    const hash = sha256(token);
    const hit = cache.get(hash);
    if (hit !== undefined) return hit;
    const r = await db.query<{ name: string; scopes: Scope[] }>(
      "select name, scopes from tokens where hash = $1",
      [hash],
    );
    const row = r.rows[0];
    if (row === undefined) return undefined;
    const info = { name: row.name, scopes: row.scopes };
    cache.set(hash, info);
    return info;
  };
}
