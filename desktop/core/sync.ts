// The sync engine: drains the outbox to the server in bounded batches, backs off with
// jitter while the server is away, quarantines what the server refuses for good, and
// reports its progress. The server is authoritative; this only carries facts to it.
import type { RandomSource } from '../../protocol/index.ts';
import type { ConsoleLedger } from './ledger.ts';
import {
  type ConsoleDb,
  dueItems,
  markDone,
  markRetry,
  type OutboxItem,
  type OutboxKind,
  pendingCount,
  quarantine,
  quarantinedItems,
  retryAllNow,
} from './outbox.ts';

/** At most this many items per drain round; the loop goes round again while items are due. */
export const SYNC_BATCH_SIZE = 100;
/**
 * Items per server call, by kind. Approvals go one call each, so they are recorded (and the
 * progress bar moves) in small groups; offline payments travel in one batched call.
 */
const BATCH_SIZE_BY_KIND: Record<OutboxKind, number> = {
  authorize: 10,
  offline_payment: 100,
  // One device-signed call each; a handful at a time keeps a refund's answer quick.
  refund: 10,
  void: 10,
};

/**
 * Stored payload bytes per server call. The server refuses a request body above 64 KiB
 * (server/app.ts MAX_BODY_BYTES): 100 offline payments (~1.8 KB each with their allowance)
 * would be ~180 KB, refused whole, again and again. This leaves room for the call's envelope.
 */
export const SYNC_CALL_MAX_PAYLOAD_BYTES = 48 * 1024;

/** Consecutive groups of at most `size` items and `maxBytes` of payload (one item at least). */
export function callChunks(items: readonly OutboxItem[], size: number, maxBytes: number): OutboxItem[][] {
  const out: OutboxItem[][] = [];
  let current: OutboxItem[] = [];
  let bytes = 0;
  for (const item of items) {
    const itemBytes = Buffer.byteLength(item.payload);
    if (current.length > 0 && (current.length >= size || bytes + itemBytes > maxBytes)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += itemBytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** While idle, the server's changes are pulled every this many idle intervals (10 s). */
const PULL_EVERY_IDLE_INTERVALS = 5;

/** A drain never runs more rounds than this before yielding to the timer. */
const MAX_ROUNDS_PER_DRAIN = 50;

/** What a handler decided for one item. `apply` runs in the same transaction as markDone. */
export type ItemResult =
  | { readonly id: string; readonly kind: 'done'; readonly apply?: (tx: ConsoleDb) => void; readonly after?: () => void }
  | { readonly id: string; readonly kind: 'retry'; readonly error: string }
  | { readonly id: string; readonly kind: 'quarantine'; readonly reason: string; readonly apply?: (tx: ConsoleDb) => void };

/** Sends a batch of one kind; throws only when the server could not be reached at all. */
export type SyncHandler = (items: readonly OutboxItem[]) => Promise<ItemResult[]>;

export class ServerUnreachable extends Error {
  override name = 'ServerUnreachable';
}

export interface SyncStatus {
  readonly online: boolean;
  readonly unsynced: number;
  readonly quarantined: number;
  readonly lastSyncAt: number | null;
  /** While a backlog drains: how many of how many (for a progress bar). */
  readonly backlog: { readonly done: number; readonly total: number } | null;
}

export class SyncEngine {
  private online = true;
  private lastSyncAt: number | null;
  private draining: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private backlog: { done: number; total: number } | null = null;
  private lastPullAt = 0;
  /** The timer's round in progress: stop() waits for it before the ledger closes. */
  private ticking: Promise<void> | null = null;
  private stopped = false;
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly ledger: ConsoleLedger,
    private readonly handlers: Record<OutboxKind, SyncHandler>,
    private readonly options: {
      readonly nowMs: () => number;
      readonly random: RandomSource;
      /** Checks reachability while offline; resolves true when the server answers. */
      readonly ping: () => Promise<boolean>;
      readonly idleIntervalMs: number;
      /** Pulls the server's changes since the cursor; throws when unreachable. */
      readonly pull?: () => Promise<void>;
    },
  ) {
    this.lastSyncAt = ledger.lastSyncAt();
  }

  get isOnline(): boolean {
    return this.online;
  }

  /** The outcome of a direct call elsewhere tells us about reachability too. */
  noteReachability(online: boolean): void {
    if (online && !this.online) {
      retryAllNow(this.ledger.db, this.options.nowMs());
      this.kick();
    }
    this.online = online;
  }

  status(): SyncStatus {
    return {
      online: this.online,
      unsynced: pendingCount(this.ledger.db),
      quarantined: quarantinedItems(this.ledger.db).length,
      lastSyncAt: this.lastSyncAt,
      backlog: this.backlog,
    };
  }

  start(): void {
    this.schedule(0);
  }

  /** Drains now (coalesced: one drain at a time, one more if kicked meanwhile). */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.kick();
      }
    });
    return this.draining;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.ticking = this.tick().finally(() => {
        this.ticking = null;
      });
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (!this.online) {
      const answered = await this.options.ping().catch(() => false);
      if (this.stopped) return;
      if (answered) this.noteReachability(true);
    } else if (pendingCount(this.ledger.db) === 0) {
      // Idle and online: confirm the server still answers, so "last synced" stays true.
      const answered = await this.options.ping().catch(() => false);
      if (this.stopped) return;
      if (answered) this.markSynced();
      else this.online = false;
    }
    await this.kick();
    this.schedule(this.options.idleIntervalMs);
  }

  private markSynced(): void {
    this.lastSyncAt = this.options.nowMs();
    this.ledger.saveLastSyncAt(this.lastSyncAt);
  }

  private async drain(): Promise<void> {
    const startPending = pendingCount(this.ledger.db);
    this.backlog = startPending > 1 ? { done: 0, total: startPending } : null;
    for (let round = 0; round < MAX_ROUNDS_PER_DRAIN && !this.stopped; round++) {
      const due = dueItems(this.ledger.db, this.options.nowMs(), SYNC_BATCH_SIZE).filter(
        (item) => !this.inFlight.has(item.id),
      );
      if (due.length === 0) break;
      const reached = await this.sendBatch(due);
      if (!reached) break;
    }
    this.backlog = null;
    // Push first, then pull (after a push, or every few idle intervals).
    const pullIntervalMs = this.options.idleIntervalMs * PULL_EVERY_IDLE_INTERVALS;
    const due = this.options.nowMs() - this.lastPullAt >= pullIntervalMs || startPending > 0;
    if (this.online && this.options.pull && due && !this.stopped) {
      this.lastPullAt = this.options.nowMs();
      await this.options.pull().catch(() => {
        this.online = false;
      });
    }
  }

  /** Sends the due items grouped by kind; false when the server could not be reached. */
  private async sendBatch(due: readonly OutboxItem[]): Promise<boolean> {
    const byKind = new Map<OutboxKind, OutboxItem[]>();
    for (const item of due) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
    for (const [kind, all] of byKind) {
      for (const items of callChunks(all, BATCH_SIZE_BY_KIND[kind], SYNC_CALL_MAX_PAYLOAD_BYTES)) {
        if (!(await this.sendChunk(kind, items))) return false;
      }
    }
    return true;
  }

  /** One call's worth of items; false when the server could not be reached. */
  private async sendChunk(kind: OutboxKind, items: readonly OutboxItem[]): Promise<boolean> {
    for (const item of items) this.inFlight.add(item.id);
    try {
      const results = await this.handlers[kind](items);
      this.online = true;
      this.record(items, results);
      this.markSynced();
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const nowMs = this.options.nowMs();
      this.ledger.transaction((tx) => {
        for (const item of items) markRetry(tx, item, message, nowMs, this.jitter());
      });
      if (!(error instanceof ServerUnreachable)) return true;
      this.online = false;
      return false;
    } finally {
      for (const item of items) this.inFlight.delete(item.id);
    }
  }

  private record(items: readonly OutboxItem[], results: readonly ItemResult[]): void {
    const nowMs = this.options.nowMs();
    const byId = new Map(results.map((result) => [result.id, result]));
    const after: Array<() => void> = [];
    this.ledger.transaction((tx) => {
      for (const item of items) {
        const result = byId.get(item.id) ?? { id: item.id, kind: 'retry', error: 'no answer for item' };
        if (result.kind === 'done') {
          result.apply?.(tx);
          markDone(tx, item.id, nowMs);
          if (result.after) after.push(result.after);
        } else if (result.kind === 'quarantine') {
          result.apply?.(tx);
          quarantine(tx, item.id, result.reason, nowMs);
        } else {
          markRetry(tx, item, result.error, nowMs, this.jitter());
        }
      }
    });
    if (this.backlog) this.backlog.done += items.length;
    // Memory and sockets change only after the commit.
    for (const callback of after) callback();
  }

  private jitter(): number {
    return this.options.random(1)[0]! / 256;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.ticking;
    await this.draining;
  }
}
