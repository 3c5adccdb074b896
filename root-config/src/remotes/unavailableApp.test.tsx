import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@solidjs/testing-library';
import { createPageTranslator } from '../i18n/shellTranslator';
import { unavailableApp } from './unavailableApp';

afterEach(() => document.body.replaceChildren());

describe('unavailableApp', () => {
  it('says in the page language that a part could not load, offers Try again, and unmounts without a trace', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const region = document.body.appendChild(document.createElement('div'));
    const onRetry = vi.fn();
    const i18n = createPageTranslator(() => 'de');
    const app = unavailableApp({ name: 'auth-mfe', title: 'unavailable.authMfe', error: new Error('down'), onRetry, i18n });

    await app.mount({ domElement: region });
    const alert = screen.getByRole('alert');
    expect(alert.lang).toBe('de');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ein Teil des Portals konnte nicht geladen werden');
    expect(alert.textContent).toContain('Die Anmeldung ist vorübergehend nicht verfügbar');
    fireEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(onRetry).toHaveBeenCalledOnce();

    i18n.follow(() => 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A part of the portal could not load');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();

    await app.unmount();
    expect(region.childNodes).toHaveLength(0);
  });

  it('keeps the technical line in a closed disclosure', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const region = document.body.appendChild(document.createElement('div'));
    const i18n = createPageTranslator(() => 'en');
    const app = unavailableApp({
      name: 'profile-mfe',
      title: 'unavailable.profileMfe',
      error: new TypeError('Failed to fetch'),
      onRetry: vi.fn(),
      i18n,
    });
    await app.mount({ domElement: region });
    const details = region.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Technical details');
    expect(details.querySelector('code')?.textContent).toBe('profile-mfe: Failed to fetch');
    expect(screen.getByRole('alert').querySelector('p')?.textContent).toBe('Your profile is temporarily unavailable');
    await app.unmount();
  });
});
