/** Where the host page runs (the portal's own URL is the Playwright project's baseURL). */
export const HOST_URL = process.env['HOST_URL'] ?? 'http://localhost:9106';
