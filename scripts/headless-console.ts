// A console core with no window: the chaos runner's child process (and a way to run a
// console on a machine with no display). Prints one JSON line when ready:
//   {"ready":true,"uiUrl":"http://127.0.0.1:P/#token=…","hubUrl":"http://127.0.0.1:H"}
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startConsole } from '../desktop/core/console.ts';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: 'http://127.0.0.1:4100' },
    data: { type: 'string', default: './data/console' },
    'ui-port': { type: 'string', default: '0' },
    'hub-port': { type: 'string', default: '0' },
    enroll: { type: 'string' },
    'sync-interval-ms': { type: 'string', default: '2000' },
  },
});
const running = await startConsole({
  serverUrl: values.server,
  dataDir: resolve(values.data),
  hubPort: Number(values['hub-port']),
  http: { host: '127.0.0.1', port: Number(values['ui-port']), rendererDir: resolve('out/renderer') },
  retry: { resolveIntervalMs: Number(values['sync-interval-ms']) },
});
if (values.enroll && !running.core.info().enrolled) await running.core.enroll(values.enroll);
console.log(JSON.stringify({ ready: true, uiUrl: running.uiUrl, hubUrl: running.hubUrl }));
const stop = () => void running.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
