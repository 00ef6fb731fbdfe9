// The load generator: many concurrent clients posting pre-built authorize calls to one
// server over keep-alive HTTP, as consoles do, with tRPC's batch format where asked.
// Bodies are serialized before the clock starts so the client's own cost stays small.
import { Agent, request } from 'node:http';
import { nowMs } from '../lib/stats.ts';

export interface LoadPlan {
  readonly url: string;
  /** JSON of each payments.authorize input, in firing order. */
  readonly bodies: readonly string[];
  /** Payments per HTTP request (tRPC batch); 1 = no batching. */
  readonly batchSize: number;
  /** HTTP requests in flight at once. */
  readonly concurrency: number;
  readonly timeLimitMs: number;
}

export interface LoadOutcome {
  readonly payments: number;
  readonly elapsedMs: number;
  /** One latency per payment: the time its HTTP request took. */
  readonly latenciesMs: number[];
  /** Payments by outcome: settled, declined:<reason>, error:<code>. */
  readonly outcomes: Record<string, number>;
}

function post(agent: Agent, url: URL, path: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

/** Reads one tRPC answer ({result:{data}} or {error}) as an outcome label. */
function outcomeOf(answer: unknown): string {
  if (typeof answer !== 'object' || answer === null) return 'error:unreadable';
  if ('result' in answer) {
    const data = (answer.result as { data?: { status?: unknown; reason?: unknown } }).data;
    if (data?.status === 'settled') return 'settled';
    return `declined:${String(data?.reason)}`;
  }
  const error = (answer as { error?: { data?: { code?: unknown } } }).error;
  return `error:${String(error?.data?.code)}`;
}

function pathFor(batchSize: number): string {
  if (batchSize === 1) return '/trpc/payments.authorize';
  return `/trpc/${Array.from({ length: batchSize }, () => 'payments.authorize').join(',')}?batch=1`;
}

function bodyFor(bodies: readonly string[], from: number, to: number, batched: boolean): string {
  if (!batched) return bodies[from]!;
  const parts: string[] = [];
  for (let index = from; index < to; index++) parts.push(`"${index - from}":${bodies[index]}`);
  return `{${parts.join(',')}}`;
}

export async function fireLoad(plan: LoadPlan): Promise<LoadOutcome> {
  const url = new URL(plan.url);
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const batched = plan.batchSize > 1;
  const latenciesMs: number[] = [];
  const outcomes: Record<string, number> = {};
  const count = (label: string) => {
    outcomes[label] = (outcomes[label] ?? 0) + 1;
  };
  let next = 0;
  const startMs = nowMs();
  const deadlineMs = startMs + plan.timeLimitMs;
  const client = async () => {
    // Whole batches only, so every HTTP request carries the same number of payments.
    while (next + plan.batchSize <= plan.bodies.length && nowMs() < deadlineMs) {
      const from = next;
      next += plan.batchSize;
      const to = from + plan.batchSize;
      const path = batched ? pathFor(plan.batchSize) : pathFor(1);
      const sentMs = nowMs();
      const text = await post(agent, url, path, bodyFor(plan.bodies, from, to, batched));
      const tookMs = nowMs() - sentMs;
      const parsed: unknown = JSON.parse(text);
      const answers = batched && Array.isArray(parsed) ? parsed : [parsed];
      for (const answer of answers) {
        count(outcomeOf(answer));
        latenciesMs.push(tookMs);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: plan.concurrency }, client));
  } finally {
    agent.destroy();
  }
  return { payments: latenciesMs.length, elapsedMs: nowMs() - startMs, latenciesMs, outcomes };
}
