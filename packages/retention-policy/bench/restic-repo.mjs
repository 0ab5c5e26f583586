// A restic repository with snapshots at chosen times, fast: one real `restic backup` gives the
// tree; further snapshots are written as restic writes them (repository version 1: AES-256-CTR +
// Poly1305-AES, file name = SHA-256 of the file), so thousands of snapshots take milliseconds
// instead of a `restic backup` (≈ 1 s of scrypt) each. `restic snapshots` / `forget` read them
// like any other. Used by test/oracle (differential test) and bench/prune.bench.mjs.
import { execFileSync } from "node:child_process";
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PASSWORD = "zorgkit-oracle";

/** Poly1305 (RFC 8439) over `msg` with a 32-byte key r || s, as BigInt arithmetic. */
function poly1305(msg, key) {
  const le = (b) => BigInt(`0x${Buffer.from(b).reverse().toString("hex") || "0"}`);
  const r = le(key.subarray(0, 16)) & 0x0ffffffc0ffffffc0ffffffc0fffffffn;
  const s = le(key.subarray(16, 32));
  const p = (1n << 130n) - 5n;
  let acc = 0n;
  for (let i = 0; i < msg.length; i += 16) {
    const block = Buffer.concat([msg.subarray(i, i + 16), Buffer.from([1])]);
    acc = ((acc + le(block)) * r) % p;
  }
  acc = (acc + s) & ((1n << 128n) - 1n);
  const hex = acc.toString(16).padStart(32, "0");
  return Buffer.from(hex, "hex").reverse();
}

/** restic's Poly1305-AES: the s half is AES_k(nonce). */
function mac(ciphertext, nonce, k, r) {
  const aes = createCipheriv("aes-128-ecb", k, null);
  aes.setAutoPadding(false);
  const s = Buffer.concat([aes.update(nonce), aes.final()]);
  return poly1305(ciphertext, Buffer.concat([r, s]));
}

function open(data, encKey, k, r) {
  const nonce = data.subarray(0, 16);
  const ct = data.subarray(16, data.length - 16);
  const tag = data.subarray(data.length - 16);
  if (!mac(ct, nonce, k, r).equals(tag)) throw new Error("restic MAC mismatch: wrong key or format");
  const d = createDecipheriv("aes-256-ctr", encKey, nonce);
  return Buffer.concat([d.update(ct), d.final()]);
}

function seal(plain, encKey, k, r) {
  const nonce = randomBytes(16);
  const c = createCipheriv("aes-256-ctr", encKey, nonce);
  const ct = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([nonce, ct, mac(ct, nonce, k, r)]);
}

export function restic(repo, args, env = {}) {
  return execFileSync("restic", args, {
    env: {
      ...process.env,
      RESTIC_PASSWORD: PASSWORD,
      RESTIC_REPOSITORY: repo,
      TZ: "Europe/Amsterdam",
      ...env,
    },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
}

/** Make an empty repository at `dir` that can take snapshots at chosen times. */
export function makeRepo(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const repo = join(dir, "repo");
  const data = join(dir, "data");
  mkdirSync(data);
  writeFileSync(join(data, "db.dump"), "database\n");
  restic(repo, ["init", "--repository-version", "1", "-q"]);
  restic(repo, ["backup", "-q", "--time", "2000-01-01 00:00:00", data]);
  const [first] = JSON.parse(restic(repo, ["snapshots", "--json"]));
  // the master key, from the key file
  const keyDir = join(repo, "keys");
  const keyFile = JSON.parse(readFileSync(join(keyDir, readdirSync(keyDir)[0]), "utf8"));
  const derived = scryptSync(PASSWORD, Buffer.from(keyFile.salt, "base64"), 64, {
    N: keyFile.N,
    r: keyFile.r,
    p: keyFile.p,
    maxmem: 512 * 1024 * 1024,
  });
  const master = JSON.parse(
    open(
      Buffer.from(keyFile.data, "base64"),
      derived.subarray(0, 32),
      derived.subarray(32, 48),
      derived.subarray(48, 64),
    ).toString(),
  );
  const encKey = Buffer.from(master.encrypt, "base64");
  const mk = Buffer.from(master.mac.k, "base64");
  const mr = Buffer.from(master.mac.r, "base64");
  const snapDir = join(repo, "snapshots");
  for (const f of readdirSync(snapDir)) unlinkSync(join(snapDir, f)); // drop the seed snapshot
  return {
    repo,
    /** Add snapshots `{ time: ISO string with offset, tags: string[] }`; returns their ids. */
    add(snapshots) {
      return snapshots.map((s) => {
        const json = JSON.stringify({
          time: s.time,
          tree: first.tree,
          paths: first.paths,
          hostname: first.hostname,
          username: first.username,
          tags: s.tags,
        });
        const file = seal(Buffer.from(json), encKey, mk, mr);
        const id = createHash("sha256").update(file).digest("hex");
        writeFileSync(join(snapDir, id), file);
        return id;
      });
    },
    clear() {
      for (const f of readdirSync(snapDir)) unlinkSync(join(snapDir, f));
    },
    /** `restic forget --dry-run --json` with the given options; the ids (first tag) kept. */
    forget(options) {
      const out = JSON.parse(restic(repo, ["forget", "--dry-run", "--json", ...options]) || "[]");
      const keep = new Set();
      for (const group of out ?? [])
        for (const sn of group.keep ?? []) keep.add(sn.tags?.find((t) => t.startsWith("id:"))?.slice(3));
      return keep;
    },
  };
}
