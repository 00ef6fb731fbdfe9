// Other ways to sign in on the PIN screen (the server administrator's, from the admin area).
// Each adds one entry; the PIN screen shows a button per entry that opens its form.
import type { ComponentType } from 'react';
import type { Messages } from '../i18n/messages.ts';
import { ADMIN_SIGN_IN_PATH } from './admin/entries.ts';

export interface SignInPathProps {
  /** Signed in: the shell reads auth.status again. */
  readonly onSignedIn: () => void;
  /** Back to the PIN pad. */
  readonly onBack: () => void;
}

export interface SignInPath {
  /** The button is data-testid="sign-in-path-<id>". */
  readonly id: string;
  readonly label: (t: Messages) => string;
  readonly Form: ComponentType<SignInPathProps>;
}

export const SIGN_IN_PATHS: readonly SignInPath[] = [ADMIN_SIGN_IN_PATH];
