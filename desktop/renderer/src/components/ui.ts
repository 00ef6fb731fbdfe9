// Shared class names, so every control has the same visible focus ring and touch size.

const classes = (...names: readonly string[]): string => names.join(' ');

// Tailwind 4's `outline-none` sets the outline style to none and `outline-4` only inherits
// that style, so the focused style must name `outline-solid` or no ring is drawn at all.
export const focusRing = classes(
  'outline-none focus-visible:outline-solid focus-visible:outline-4',
  'focus-visible:outline-offset-2 focus-visible:outline-sky-500',
);

/** A text, date or select field in the owner's and administrator's forms. */
export const fieldClass = `${focusRing} rounded-xl border-2 border-slate-300 px-3 py-2 text-lg`;

const buttonBase = classes(
  focusRing,
  'inline-flex items-center justify-center rounded-2xl font-semibold transition-colors',
  'disabled:cursor-not-allowed disabled:opacity-40',
);

export const primaryButton = classes(
  buttonBase,
  'bg-emerald-600 text-white hover:bg-emerald-700 active:bg-emerald-800',
);

export const secondaryButton = classes(
  buttonBase,
  'bg-slate-200 text-slate-900 hover:bg-slate-300 active:bg-slate-400',
);

export const panel = 'rounded-3xl bg-white shadow-sm ring-1 ring-slate-200';

/** A big round symbol above an outcome (✓ or ✕). */
export const outcomeIcon =
  'flex size-24 shrink-0 items-center justify-center rounded-full text-6xl';

/** A full-panel column centred both ways (outcomes, messages); grows and scrolls if tall. */
export const centredColumn =
  'flex min-h-full flex-col items-center justify-center gap-5 text-center';
