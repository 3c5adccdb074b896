import type { AppProps } from 'shared-auth';
import { sharedAuth } from 'shared-auth/runtime';

export function AuthApp(props: AppProps) {
  return (
    <section>
      <h1>Sign in</h1>
      <p>Signed in as: {sharedAuth.state.user?.name ?? 'nobody'}</p>
      <button type="button" onClick={() => props.navigate('/profile')}>Go to profile</button>
    </section>
  );
}
