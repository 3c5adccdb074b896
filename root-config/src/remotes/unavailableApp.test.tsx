import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@solidjs/testing-library';
import { createPageTranslator } from '../i18n/shellTranslator';
import { unavailableApp } from './unavailableApp';

afterEach(() => document.body.replaceChildren());

describe('unavailableApp', () => {
  it('says the app is unavailable in the page language, offers Retry, and unmounts without a trace', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const region = document.body.appendChild(document.createElement('div'));
    const onRetry = vi.fn();
    const i18n = createPageTranslator(() => 'de');
    const app = unavailableApp({ name: 'auth-mfe', title: 'unavailable.authMfe', error: new Error('down'), onRetry, i18n });

    await app.mount({ domElement: region });
    expect(screen.getByRole('alert').querySelector('h2')?.textContent).toBe('Die Anmeldung ist vorübergehend nicht verfügbar');
    fireEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(onRetry).toHaveBeenCalledOnce();

    i18n.follow(() => 'en');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();

    await app.unmount();
    expect(region.childNodes).toHaveLength(0);
  });
});
