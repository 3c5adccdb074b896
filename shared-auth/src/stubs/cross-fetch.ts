// Aliased in place of cross-fetch: browsers have fetch.
export default globalThis.fetch.bind(globalThis);
export const fetch = globalThis.fetch.bind(globalThis);
export const Headers = globalThis.Headers;
export const Request = globalThis.Request;
export const Response = globalThis.Response;
