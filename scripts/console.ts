// `npm run console -- --server URL`: one shop's console, against an operator's server.
//   --data DIR (./data/console)  --port 4200 (browser mode)  --hub-host 127.0.0.1
//   --hub-port 4201  --enroll CODE (first run: the administrator's one-time code)
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startConsole } from '../desktop/core/console.ts';
import { launchConsole } from './console-launcher.ts';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: process.env.HSPOS_SERVER_URL ?? 'http://127.0.0.1:4100' },
    data: { type: 'string', default: './data/console' },
    port: { type: 'string', default: '4200' },
    'hub-host': { type: 'string', default: '127.0.0.1' },
    'hub-port': { type: 'string', default: '4201' },
    enroll: { type: 'string' },
  },
});
const dataDir = resolve(values.data);
if (values.enroll) {
  const once = await startConsole({ serverUrl: values.server, dataDir });
  try {
    const info = await once.core.enroll(values.enroll);
    if (info.enrolled) console.log(`console: enrolled for ${info.merchantName}`);
  } finally {
    await once.stop();
  }
}
const launched = await launchConsole({
  serverUrl: values.server,
  dataDir,
  uiPort: Number(values.port),
  hubHost: values['hub-host'],
  hubPort: Number(values['hub-port']),
});
const stop = () => void launched.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
