// Input pieces shared by several routers. Each router keeps its procedures' inputs beside
// them; only what would otherwise be repeated lives here.
import { z } from 'zod';
import { idSchema, timestampSchema } from '../../protocol/index.ts';
import { isBusinessDay } from '../domain/calendar.ts';

export const businessDaySchema = z.string().refine(isBusinessDay, 'expected a date as YYYY-MM-DD');

/** A page of a newest-first list: after the last row of the previous page. */
export const pageSchema = z.strictObject({
  merchantId: idSchema.optional(),
  sinceAt: timestampSchema.optional(),
  after: z.strictObject({ createdAt: timestampSchema, id: idSchema }).optional(),
  limit: z.number().int().min(1).max(500).default(50),
});

export const passwordSchema = z.string().min(12).max(1_024);
export const nameSchema = z.string().trim().min(1).max(80);
export const categorySchema = z.string().trim().min(1).max(40);
