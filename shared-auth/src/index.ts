export * from './contract';
export { afterSignIn, safeRedirectPath, SIGNED_OUT_ONLY } from './routing/safeRedirect';
