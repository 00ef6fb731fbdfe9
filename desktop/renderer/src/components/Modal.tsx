// A modal dialog on the native <dialog>: focus stays inside, Esc closes, the page behind is
// inert, and screen readers announce its title.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { panel } from './ui.ts';

interface ModalProps {
  readonly title: string;
  readonly testId: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function Modal({ title, testId, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      data-testid={testId}
      aria-labelledby={titleId}
      // Keys typed in a dialog stay in it: the register's digits, Enter and F-keys behind it
      // listen on the window and must not act on a sale or switch tabs meanwhile.
      onKeyDown={(event) => event.stopPropagation()}
      onCancel={(event) => {
        // Esc: React decides when the dialog goes, so the state and the screen agree.
        event.preventDefault();
        onClose();
      }}
      className={`${panel} m-auto max-h-[95vh] w-full max-w-lg overflow-y-auto p-8 backdrop:bg-slate-900/50`}
    >
      <h2 id={titleId} className="mb-5 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
