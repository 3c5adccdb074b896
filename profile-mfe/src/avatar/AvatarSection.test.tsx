import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import type { UploadProgress, User } from 'portal-contract';
import { sharedAuth } from 'shared-auth/runtime';
import { deferred, failed, ok, testUser, type FakeSharedAuth } from '../testing/fakeSharedAuth';
import { renderSection } from '../testing/renderSection';
import { AvatarSection } from './AvatarSection';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).createFakeSharedAuth() }));
const auth = sharedAuth as unknown as FakeSharedAuth;
beforeEach(() => auth.reset());

function picture(name: string, type = 'image/png', size = 2048): File {
  const file = new File([new Uint8Array(Math.min(size, 16))], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

function choose(file: File) {
  const input = screen.getByLabelText('Change avatar') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('AvatarSection', () => {
  it('draws initials locally when the user has no picture', () => {
    renderSection(() => <AvatarSection />);
    expect(screen.getByRole('img', { name: 'Your avatar: initials AL' }).textContent).toBe('AL');
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows the picture when the user has one', () => {
    auth.setUser({ ...testUser, profilePicture: 'http://files.test/a.png' });
    renderSection(() => <AvatarSection />);
    expect(screen.getByRole('img', { name: 'Your avatar' }).getAttribute('src')).toBe('http://files.test/a.png');
  });

  it('offers a file input labelled Change avatar that accepts only the four picture types', () => {
    renderSection(() => <AvatarSection />);
    const input = screen.getByLabelText('Change avatar') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('image/png,image/jpeg,image/webp,image/gif');
  });

  it('refuses an SVG with an alert and uploads nothing', () => {
    renderSection(() => <AvatarSection />);
    choose(picture('x.svg', 'image/svg+xml'));
    expect(screen.getByRole('alert').textContent).toMatch(/not a picture we accept/);
    expect(auth.uploadAvatar).not.toHaveBeenCalled();
  });

  it('refuses a picture over 5 MiB with an alert and uploads nothing', () => {
    renderSection(() => <AvatarSection />);
    choose(picture('big.png', 'image/png', 6 * 1024 * 1024));
    expect(screen.getByRole('alert').textContent).toBe('This picture is 6 MB; the limit is 5 MB. Choose a smaller file.');
    expect(auth.uploadAvatar).not.toHaveBeenCalled();
  });

  it('shows a preview and a labelled progress bar while uploading, then the saved picture and a status', async () => {
    const answer = deferred<Awaited<ReturnType<FakeSharedAuth['uploadAvatar']>>>();
    let report: ((p: UploadProgress) => void) | undefined;
    auth.uploadAvatar.mockImplementation((_file, onProgress) => {
      report = onProgress;
      return answer.promise;
    });
    renderSection(() => <AvatarSection />);
    const file = picture('me.png');
    choose(file);

    expect(auth.uploadAvatar).toHaveBeenCalledWith(file, expect.any(Function));
    expect(screen.getByRole('img', { name: 'Preview of the new avatar' }).getAttribute('src')).toMatch(/^blob:/);
    const bar = screen.getByRole('progressbar', { name: 'Upload progress' }) as HTMLProgressElement;
    report?.({ loaded: 512, total: 2048 });
    expect(bar.value).toBe(25);
    expect((screen.getByLabelText('Change avatar') as HTMLInputElement).disabled).toBe(true);

    const updated: User = { ...testUser, profilePicture: 'http://files.test/new.png' };
    auth.setUser(updated);
    answer.resolve(ok(updated));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your new avatar is saved.'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('img', { name: 'Your avatar' }).getAttribute('src')).toBe('http://files.test/new.png');
  });

  it('uploads twice in a row, even the same file', async () => {
    renderSection(() => <AvatarSection />);
    const file = picture('me.png');
    choose(file);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your new avatar is saved.'));
    choose(file);
    await waitFor(() => expect(auth.uploadAvatar).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your new avatar is saved.'));
    expect((screen.getByLabelText('Change avatar') as HTMLInputElement).disabled).toBe(false);
  });

  it('shows a failed upload as an alert in our words, not the server text, and drops the preview', async () => {
    auth.uploadAvatar.mockResolvedValue(failed(415, 'content_type_error'));
    renderSection(() => <AvatarSection />);
    choose(picture('me.png'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('That type of file is not accepted.');
    expect(screen.queryByRole('img', { name: 'Preview of the new avatar' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('leaves the busy state with an alert even if the upload throws', async () => {
    auth.uploadAvatar.mockRejectedValue(new Error('remote failed to load'));
    renderSection(() => <AvatarSection />);
    choose(picture('me.png'));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((screen.getByLabelText('Change avatar') as HTMLInputElement).disabled).toBe(false);
  });

  it('shows a refusal in the language of the moment, the size formatted for it', () => {
    renderSection(() => <AvatarSection />);
    choose(picture('big.png', 'image/png', 6.5 * 1024 * 1024));
    expect(screen.getByRole('alert').textContent).toBe('This picture is 6.5 MB; the limit is 5 MB. Choose a smaller file.');
    auth.setLocale('de');
    expect(screen.getByRole('alert').textContent).toBe(
      'Dieses Bild ist 6,5 MB groß; erlaubt sind höchstens 5 MB. Wählen Sie eine kleinere Datei.',
    );
    expect(screen.getByLabelText('Profilbild ändern')).toBeTruthy();
  });
});
