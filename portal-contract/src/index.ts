export * from './contract';
export { afterSignIn, safeRedirectPath, SIGNED_OUT_ONLY } from './routing/safeRedirect';
export { LINK_PARAM_NAMES, stashLinkParams, takeLinkParams, type LinkParams } from './routing/linkParams';
