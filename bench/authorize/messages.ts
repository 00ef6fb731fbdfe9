// The messages between the authorize benchmark and its server process (IPC channel),
// parsed on arrival like every other boundary.
import { z } from 'zod';

/** Parent → server process. */
export const commandSchema = z.strictObject({ type: z.enum(['cpu', 'stop']) });

/** Server process → parent. */
export const serverProcessMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready'), url: z.string().url() }),
  z.strictObject({ type: z.literal('cpu'), cpuMs: z.number().nonnegative() }),
  z.strictObject({ type: z.literal('stopped') }),
]);
export type ServerProcessMessage = z.infer<typeof serverProcessMessageSchema>;
