// Aliased in place of socket.io-client: the portal uses no realtime, and this keeps ~23 kB gzip out of the bundle.
export function io(): never {
  throw new Error('shared-auth: Altogic realtime is not bundled in the portal (socket.io-client is stubbed).');
}
export default io;
