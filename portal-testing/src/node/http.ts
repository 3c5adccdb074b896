/** JSON over fetch with errors that say what was asked and what came back. */

export class PortalTestingError extends Error {
  override readonly name = 'PortalTestingError';
}

async function failure(what: string, response: Response): Promise<PortalTestingError> {
  const body = await response.text().catch(() => '');
  return new PortalTestingError(`${what}: HTTP ${response.status} ${body.slice(0, 500)}`.trimEnd());
}

export async function readJson<T>(url: string, what: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new PortalTestingError(`${what}: ${url} cannot be reached (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) throw await failure(what, response);
  return (await response.json()) as T;
}

export function jsonBody(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
