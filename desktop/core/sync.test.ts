// How the sync engine cuts a drain into server calls: by count per kind and by payload
// bytes, so that no call is larger than the server accepts (it refuses bodies over 64 KiB).
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from './outbox.ts';
import { callChunks, SYNC_CALL_MAX_PAYLOAD_BYTES } from './sync.ts';

function item(index: number, payloadBytes: number): OutboxItem {
  return {
    id: `item-${index}`,
    kind: 'offline_payment',
    payload: 'x'.repeat(payloadBytes),
    state: 'pending',
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: index,
    lastError: null,
    doneAt: null,
  };
}

describe('callChunks', () => {
  it('cuts by count when items are small', () => {
    const items = Array.from({ length: 25 }, (_, index) => item(index, 100));
    expect(callChunks(items, 10, SYNC_CALL_MAX_PAYLOAD_BYTES).map((chunk) => chunk.length)).toEqual([10, 10, 5]);
  });

  it('cuts by payload bytes before the server’s body limit, keeping the order', () => {
    // 100 offline payments of ~1.8 KB: one call of 100 would be refused as too large.
    const items = Array.from({ length: 100 }, (_, index) => item(index, 1_800));
    const chunks = callChunks(items, 100, SYNC_CALL_MAX_PAYLOAD_BYTES);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.reduce((sum, one) => sum + one.payload.length, 0)).toBeLessThanOrEqual(SYNC_CALL_MAX_PAYLOAD_BYTES);
    }
    expect(chunks.flat().map((one) => one.id)).toEqual(items.map((one) => one.id));
  });

  it('sends an item larger than the limit on its own rather than never', () => {
    const items = [item(0, 10), item(1, SYNC_CALL_MAX_PAYLOAD_BYTES + 1), item(2, 10)];
    expect(callChunks(items, 100, SYNC_CALL_MAX_PAYLOAD_BYTES).map((chunk) => chunk.length)).toEqual([1, 1, 1]);
  });
});
