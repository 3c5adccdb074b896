import { createSignal } from 'solid-js';
import { sharedAuth } from 'shared-auth/runtime';
import type { User } from 'portal-contract';
import { useText } from '../i18n/catalogs';

/** What a parcel shows once someone is signed in, instead of its form: who, and a way to sign out. */
export function SignedIn(props: { user: User }) {
  const { t } = useText();
  const [busy, setBusy] = createSignal(false);
  const signOut = async () => {
    setBusy(true);
    await sharedAuth.signOut();
    setBusy(false);
  };
  return (
    <div class="auth-signed-in">
      <p role="status">{t('parcel.signedInAs', { name: props.user.name ?? props.user.email })}</p>
      <button type="button" class="pui-button" data-variant="secondary" disabled={busy()} onClick={() => void signOut()}>
        {t('parcel.signOut')}
      </button>
    </div>
  );
}
