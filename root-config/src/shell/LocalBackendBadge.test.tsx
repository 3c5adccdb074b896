import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@solidjs/testing-library';
import { renderInShell } from '../testing/renderInShell';
import { detectLocalBackend, LocalBackendBadge } from './LocalBackendBadge';

const ENV_URL = 'http://localhost:4000';

/** The network boundary: what the backend answers on /_emulator/v1/info. */
function backendAnswers(answer: () => Response): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(async () => answer());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('detectLocalBackend', () => {
  it('asks the backend itself, on its /_emulator/v1/info endpoint', async () => {
    const fetchMock = backendAnswers(() => Response.json({ name: 'altogic-local', outboxUrl: `${ENV_URL}/_emulator/outbox` }));
    expect(await detectLocalBackend(`${ENV_URL}/`)).toEqual({ name: 'altogic-local', outboxUrl: `${ENV_URL}/_emulator/outbox` });
    expect(fetchMock).toHaveBeenCalledWith(`${ENV_URL}/_emulator/v1/info`);
  });

  it('is null for a hosted Altogic app, which has no such endpoint', async () => {
    backendAnswers(() => new Response('Not found', { status: 404 }));
    expect(await detectLocalBackend('https://c1-na.altogic.com/e:abc')).toBeNull();
  });

  it('is null when another server answers the endpoint, or the network fails', async () => {
    backendAnswers(() => Response.json({ name: 'something-else' }));
    expect(await detectLocalBackend(ENV_URL)).toBeNull();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await detectLocalBackend(ENV_URL)).toBeNull();
  });
});

describe('LocalBackendBadge', () => {
  it('links to the outbox the backend names, and stays away once dismissed', async () => {
    const fetchMock = backendAnswers(() => Response.json({ name: 'altogic-local', outboxUrl: `${ENV_URL}/_emulator/outbox` }));
    const first = renderInShell(() => <LocalBackendBadge envUrl={ENV_URL} outboxUrl={undefined} />);
    const link = await screen.findByRole('link', { name: 'Open mail outbox' });
    expect(link.getAttribute('href')).toBe(`${ENV_URL}/_emulator/outbox`);

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss local backend notice' }));
    expect(screen.queryByRole('complementary', { name: 'Local backend' })).toBeNull();
    first.unmount();

    renderInShell(() => <LocalBackendBadge envUrl={ENV_URL} outboxUrl={undefined} />);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByRole('complementary', { name: 'Local backend' })).toBeNull();
  });

  it('shows no outbox link when neither the backend nor the config names one', async () => {
    backendAnswers(() => Response.json({ name: 'altogic-local', outboxUrl: null }));
    renderInShell(() => <LocalBackendBadge envUrl={ENV_URL} outboxUrl={undefined} />);
    expect(await screen.findByRole('complementary', { name: 'Local backend' })).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  // The answer is data from the network (a plain-http envUrl, a proxy, another server on that path): a link built from
  // it must not run script on the portal's origin when clicked (docs/security.md FE-8), CSP header or not.
  it.each(['javascript:alert(document.domain)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.test/outbox'])(
    'never links to a non-http(s) outbox the backend names (%j): the config one is used',
    async (outboxUrl) => {
      backendAnswers(() => Response.json({ name: 'altogic-local', outboxUrl }));
      renderInShell(() => <LocalBackendBadge envUrl={ENV_URL} outboxUrl={`${ENV_URL}/_emulator/outbox`} />);
      const link = await screen.findByRole('link', { name: 'Open mail outbox' });
      expect(link.getAttribute('href')).toBe(`${ENV_URL}/_emulator/outbox`);
    },
  );

  it('never shows against a hosted app', async () => {
    const fetchMock = backendAnswers(() => new Response('Not found', { status: 404 }));
    renderInShell(() => <LocalBackendBadge envUrl="https://c1-na.altogic.com/e:abc" outboxUrl="http://localhost:4000/_emulator/outbox" />);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByRole('complementary', { name: 'Local backend' })).toBeNull();
  });
});
