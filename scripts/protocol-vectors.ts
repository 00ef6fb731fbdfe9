// Writes docs/protocol-vectors.json from protocol/vectors.ts: npx tsx scripts/protocol-vectors.ts
// The builder is pure; this script is the only part that touches the file system. Run it
// after a deliberate change to the wire format, then review the diff of the JSON file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildProtocolVectors } from '../protocol/vectors.ts';

const target = fileURLToPath(new URL('../docs/protocol-vectors.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildProtocolVectors(), null, 2)}\n`);
console.log(`wrote ${target}`);
