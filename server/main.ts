// `npm run server`: the validation & settlement server on its embedded SQLite.
//   --host 127.0.0.1 --port 4100 --data ./data  (or HSPOS_HOST, HSPOS_PORT, HSPOS_DATA)
//   --admin-password-file FILE (or HSPOS_ADMIN_PASSWORD): the first administrator's
//   password, used only while the database has no administrator. Without either, the
//   password is made once and kept in DATA/admin-token (mode 600).
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './app.ts';
import { adminTokenFor, readPasswordFile, serverConfigSchema } from './config.ts';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.HSPOS_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.HSPOS_PORT ?? '4100' },
    data: { type: 'string', default: process.env.HSPOS_DATA ?? './data' },
    'demo-grant': { type: 'string', default: process.env.HSPOS_DEMO_GRANT ?? '0' },
    'admin-username': { type: 'string', default: process.env.HSPOS_ADMIN_USERNAME ?? 'admin' },
    'admin-password-file': { type: 'string' },
  },
});
const dataDir = resolve(values.data);
const passwordFile = values['admin-password-file'];
const adminPassword = passwordFile
  ? readPasswordFile(passwordFile)
  : (process.env.HSPOS_ADMIN_PASSWORD ?? adminTokenFor(dataDir));
const config = serverConfigSchema.parse({
  host: values.host,
  port: values.port,
  dbPath: join(dataDir, 'server.db'),
  adminUsername: values['admin-username'],
  adminPassword,
  demoGrantMinor: values['demo-grant'],
});
const server = await startServer(config);
console.log(`server: listening on ${server.url} (database ${config.dbPath})`);
if (!passwordFile && process.env.HSPOS_ADMIN_PASSWORD === undefined) {
  console.log(
    `server: administrator "${config.adminUsername}", ` +
      `first password in ${join(dataDir, 'admin-token')}`,
  );
}
const stop = () => void server.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
