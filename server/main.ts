// `npm run server`: the validation & settlement server on its embedded SQLite.
//   --host 127.0.0.1 --port 4100 --data ./data  (or HSPOS_HOST, HSPOS_PORT, HSPOS_DATA)
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './app.ts';
import { adminTokenFor, serverConfigSchema } from './config.ts';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.HSPOS_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.HSPOS_PORT ?? '4100' },
    data: { type: 'string', default: process.env.HSPOS_DATA ?? './data' },
    'demo-grant': { type: 'string', default: process.env.HSPOS_DEMO_GRANT ?? '0' },
  },
});
const dataDir = resolve(values.data);
const config = serverConfigSchema.parse({
  host: values.host,
  port: values.port,
  dbPath: join(dataDir, 'server.db'),
  adminToken: adminTokenFor(dataDir),
  demoGrantMinor: values['demo-grant'],
});
const server = await startServer(config);
console.log(`server: listening on ${server.url} (database ${config.dbPath})`);
console.log(`server: administrator token in ${join(dataDir, 'admin-token')}`);
const stop = () => void server.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
