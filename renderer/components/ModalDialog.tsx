import type { ReactNode } from 'react';
import { FocusTrap } from 'focus-trap-react';

/**
 * The one modal dialog of the window (issue 14.1): focus is trapped inside while it is open, Escape
 * closes it, and focus returns to the control that opened it. Every dialog (withhold, lift, not this
 * person, unlink, letters) renders through this, so keyboard behaviour is the same everywhere
 * (WCAG 2.1.2 no keyboard trap outside the dialog, 2.4.3 focus order). The first field with
 * `data-autofocus` (or the first focusable control) receives focus when it opens.
 */
export function ModalDialog({
  titleId,
  onClose,
  children,
  className,
}: {
  /** Id of the heading inside `children` that names the dialog. */
  titleId: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className="modal-backdrop">
      <FocusTrap
        focusTrapOptions={{
          // Escape asks the owner to close; the trap ends when the dialog unmounts. Closing from onDeactivate
          // instead would close every dialog as it opens under React's StrictMode (development builds and the
          // e2e bundle), which unmounts and remounts each component once, deactivating the trap in between.
          escapeDeactivates: () => {
            onClose();
            return false;
          },
          returnFocusOnDeactivate: true,
          clickOutsideDeactivates: false,
          initialFocus: () => document.querySelector<HTMLElement>('.modal [data-autofocus]') ?? undefined,
          // jsdom has no layout; without this every control counts as hidden there.
          tabbableOptions: { displayCheck: 'none' },
        }}
      >
        <div className={`modal panel ${className ?? ''}`} role="dialog" aria-modal="true" aria-labelledby={titleId}>
          {children}
        </div>
      </FocusTrap>
    </div>
  );
}
