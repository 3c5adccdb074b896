import { sharedAuth } from 'shared-auth/runtime';

export function ProfileApp() {
  return (
    <section>
      <h1>Profile</h1>
      <p>Name: {sharedAuth.state.user?.name ?? 'nobody'}</p>
    </section>
  );
}
