// Plain constants of the protocol, with no schema library: the console's renderer imports
// these (and reasons.ts) directly, so its bundle does not carry zod. messages.ts re-exports
// them, so `protocol/index.ts` still offers everything.

/** ISO 4217 currencies we settle, with their minor-unit exponent. */
export const CURRENCY_MINOR_UNITS = { KRW: 0, USD: 2, EUR: 2, JPY: 0 } as const;
export type Currency = keyof typeof CURRENCY_MINOR_UNITS;

/** Largest amount in one payment, in minor units: keeps every sum a safe integer. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000;
