// Shared class names, so every control has the same visible focus ring and touch size.

export const focusRing =
  'outline-none focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-sky-500';

const buttonBase = `${focusRing} inline-flex items-center justify-center rounded-2xl font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-40`;

export const primaryButton = `${buttonBase} bg-emerald-600 text-white hover:bg-emerald-700 active:bg-emerald-800`;

export const secondaryButton = `${buttonBase} bg-slate-200 text-slate-900 hover:bg-slate-300 active:bg-slate-400`;

export const dangerButton = `${buttonBase} bg-rose-600 text-white hover:bg-rose-700 active:bg-rose-800`;

export const panel = 'rounded-3xl bg-white shadow-sm ring-1 ring-slate-200';
