// The validation server alone in its own process, for the authorize benchmark: the load
// generator must not share the server's event loop. Started by fork() with
// `--import tsx`; argv[2] is the database path. Talks to its parent over the IPC channel:
//   → { type: 'ready', url }   once listening
//   ← { type: 'cpu' }          → { type: 'cpu', cpuMs }: CPU time used since ready
//   ← { type: 'stop' }         stops the server, then → { type: 'stopped' } and exits
import { z } from 'zod';
import { startServer } from '../../server/app.ts';
import { commandSchema, type ServerProcessMessage } from './messages.ts';
import { benchRuntime, benchServerConfig } from './seed.ts';

function send(message: ServerProcessMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const dbPath = z.string().min(1).parse(process.argv[2]);
  const server = await startServer(benchServerConfig(dbPath), benchRuntime());
  // Only the time under load counts: the baseline excludes start-up and migrations.
  const cpuAtReady = process.cpuUsage();
  send({ type: 'ready', url: server.url });
  process.on('message', (message: unknown) => {
    const command = commandSchema.safeParse(message);
    if (!command.success) return;
    if (command.data.type === 'cpu') {
      const cpu = process.cpuUsage(cpuAtReady);
      send({ type: 'cpu', cpuMs: (cpu.user + cpu.system) / 1000 });
      return;
    }
    void server.stop().then(() => {
      send({ type: 'stopped' });
      process.disconnect();
    });
  });
}

await main();
