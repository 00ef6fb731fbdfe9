// Who is signed in, in the header, with Sign out. Signing out forgets every cached answer
// but the console's identity, so the next person starts from a clean screen.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignedInView } from '../../../core/session.ts';
import { useT } from '../i18n/i18n-context.ts';
import { useTRPC } from '../lib/trpc.ts';
import { focusRing } from './ui.ts';

export function SignedInBadge({ signedIn }: { signedIn: SignedInView }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => {
        queryClient.removeQueries({
          predicate: (query) => {
            const path = query.queryKey[0];
            return !(Array.isArray(path) && (path[0] === 'console' || path[0] === 'auth'));
          },
        });
        void queryClient.invalidateQueries({ queryKey: trpc.auth.status.queryKey() });
      },
    }),
  );
  return (
    <div className="flex items-center gap-3">
      <span data-testid="signed-in-as" data-role={signedIn.role} className="text-lg">
        {t.signin.signedInAs(signedIn.name, signedIn.role)}
      </span>
      <button
        type="button"
        data-testid="sign-out"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate()}
        className={`${focusRing} rounded-xl bg-slate-700 px-4 py-1.5 font-semibold hover:bg-slate-600`}
      >
        {t.signin.signOut}
      </button>
    </div>
  );
}
