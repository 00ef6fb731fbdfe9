// Who is signed in on this console, kept in the core's memory only: a restart of the core
// signs everybody out, a reload of the renderer does not. The renderer sees a role and a
// name (publicView); an administrator's server session token never leaves the core.

export type StaffRole = 'cashier' | 'owner';
export type SignedInRole = StaffRole | 'administrator';

export interface StaffSignedIn {
  readonly role: StaffRole;
  readonly staffId: number;
  readonly name: string;
}

export interface AdministratorSignedIn {
  readonly role: 'administrator';
  readonly name: string;
  /** The server's session token (auth.login); the core sends it, the renderer never sees it. */
  readonly serverToken: string;
  readonly expiresAt: number;
}

export type SignedIn = StaffSignedIn | AdministratorSignedIn;

/** What the renderer may know about who is signed in. */
export interface SignedInView {
  readonly role: SignedInRole;
  readonly name: string;
}

export class ConsoleSession {
  private signedIn: SignedIn | null = null;

  constructor(private readonly nowMs: () => number) {}

  /** The person signed in now; an administrator whose server session expired is signed out. */
  current(): SignedIn | null {
    const who = this.signedIn;
    if (who?.role === 'administrator' && who.expiresAt <= this.nowMs()) {
      this.signedIn = null;
      return null;
    }
    return who;
  }

  publicView(): SignedInView | null {
    const who = this.current();
    return who === null ? null : { role: who.role, name: who.name };
  }

  /** Signing in replaces whoever was signed in: the next person at the till takes over. */
  signInStaff(staff: StaffSignedIn): void {
    this.signedIn = { role: staff.role, staffId: staff.staffId, name: staff.name };
  }

  signInAdministrator(administrator: Omit<AdministratorSignedIn, 'role'>): void {
    this.signedIn = { role: 'administrator', ...administrator };
  }

  /** The administrator's server token, for the core's own calls to the server. */
  administratorToken(): string | null {
    const who = this.current();
    return who?.role === 'administrator' ? who.serverToken : null;
  }

  signOut(): void {
    this.signedIn = null;
  }

  /** A removed staff member is signed out at once if it is them at the till. */
  signOutStaff(staffId: number): void {
    const who = this.signedIn;
    if (who !== null && who.role !== 'administrator' && who.staffId === staffId) {
      this.signedIn = null;
    }
  }
}
