// The register is driven from a physical keyboard as much as from the screen. Each view
// registers the keys it understands while it is shown.
import { useEffect, useEffectEvent } from 'react';

/** Where keys type text. A read-only field (the payment link) still lets shortcuts through. */
function isTextField(target: EventTarget | null): boolean {
  return (
    (target instanceof HTMLInputElement && !target.readOnly) ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * Calls `onKey` for keydown events the page itself does not own: typing in a field, a
 * focused button's own Enter/Space, and shortcuts with modifiers are left alone.
 */
export function useKeyboard(onKey: (event: KeyboardEvent) => void): void {
  const handle = useEffectEvent(onKey);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTextField(event.target)) return;
      const activatesButton = event.key === 'Enter' || event.key === ' ';
      if (activatesButton && event.target instanceof HTMLButtonElement) return;
      handle(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

