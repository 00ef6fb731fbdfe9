import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ed25519 } from '@noble/curves/ed25519.js';
import { nodeSignatures } from '../server/runtime.ts';
import { nobleSignatures, x25519KeyPair, x25519SharedSecret } from '../protocol/index.ts';
import { randomBytes } from 'node:crypto';
const dir = mkdtempSync(join(tmpdir(), 'probe-'));
const db = new Database(join(dir, 'x.db'));
db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL');
db.exec('create table t (id integer primary key, v text)');
const ins = db.prepare('insert into t (v) values (?)');
const tx = db.transaction((v: string) => ins.run(v));
for (let i = 0; i < 100; i++) tx.immediate('x');
let t = performance.now();
for (let i = 0; i < 2000; i++) tx.immediate('x'.repeat(200));
console.log('commit FULL µs', ((performance.now() - t) / 2000 * 1000).toFixed(1));
const msg = randomBytes(300); const sk = randomBytes(32); const pk = ed25519.getPublicKey(sk);
const node = nodeSignatures();
for (const [name, s] of [['noble', nobleSignatures], ['node', node]] as const) {
  const sig = s.sign(msg, sk);
  for (let i = 0; i < 50; i++) { s.sign(msg, sk); s.verify(sig, msg, pk); }
  t = performance.now(); for (let i = 0; i < 500; i++) s.sign(msg, sk); const sg = (performance.now() - t) / 500;
  t = performance.now(); for (let i = 0; i < 500; i++) s.verify(sig, msg, pk); const vf = (performance.now() - t) / 500;
  console.log(name, 'sign ms', sg.toFixed(3), 'verify ms', vf.toFixed(3));
}
const rnd = (n: number) => new Uint8Array(randomBytes(n));
t = performance.now(); for (let i = 0; i < 200; i++) { const a = x25519KeyPair(rnd); x25519SharedSecret(a.secretKey, a.publicKey); } console.log('x25519 kp+shared ms', ((performance.now() - t) / 200).toFixed(3));
