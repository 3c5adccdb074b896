import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@solidjs/testing-library';
import { sharedAuth } from 'shared-auth/runtime';
import { deferred, failed, ok, testUser, type FakeSharedAuth } from '../testing/fakeSharedAuth';
import { descriptionOf, renderSection } from '../testing/renderSection';
import { DetailsSection } from './DetailsSection';

vi.mock('shared-auth/runtime', async () => ({ sharedAuth: (await import('../testing/fakeSharedAuth')).createFakeSharedAuth() }));
const auth = sharedAuth as unknown as FakeSharedAuth;
beforeEach(() => auth.reset());

const nameInput = () => screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;

async function startEditing() {
  fireEvent.click(screen.getByRole('button', { name: 'Change name' }));
  await waitFor(() => expect(document.activeElement).toBe(nameInput()));
}

function type(value: string) {
  fireEvent.input(nameInput(), { target: { value } });
}

describe('DetailsSection', () => {
  it('shows the name and email from shared-auth state, and follows it', () => {
    renderSection(() => <DetailsSection />);
    expect(screen.getByText('Ada Lovelace')).toBeTruthy();
    expect(screen.getByText('ada@example.test')).toBeTruthy();
    auth.setUser({ ...testUser, name: 'Ada King' });
    expect(screen.getByText('Ada King')).toBeTruthy();
  });

  it('renders a name with markup as text (B3)', () => {
    auth.setUser({ ...testUser, name: '<img src=x onerror=alert(1)>' });
    renderSection(() => <DetailsSection />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('Change name opens an input labelled Name with the current name, focused', async () => {
    renderSection(() => <DetailsSection />);
    await startEditing();
    expect(nameInput().value).toBe('Ada Lovelace');
    expect(nameInput().autocomplete).toBe('name');
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });

  it('Enter saves the trimmed name, closes the editor, returns focus and says so', async () => {
    renderSection(() => <DetailsSection />);
    await startEditing();
    type('  Ada King  ');
    fireEvent.submit(nameInput().form!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your name is saved.'));
    expect(auth.updateName).toHaveBeenCalledWith('Ada King');
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change name' }));
    expect(screen.getByText('Ada King')).toBeTruthy();
  });

  it('Escape cancels without saving and returns focus to Change name', async () => {
    renderSection(() => <DetailsSection />);
    await startEditing();
    type('Someone else');
    fireEvent.keyDown(nameInput(), { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change name' }));
    expect(screen.getByText('Ada Lovelace')).toBeTruthy();
    expect(auth.updateName).not.toHaveBeenCalled();
  });

  it('Cancel closes the editor without saving', async () => {
    renderSection(() => <DetailsSection />);
    await startEditing();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(auth.updateName).not.toHaveBeenCalled();
  });

  it('refuses an empty name under the input, which keeps focus', async () => {
    renderSection(() => <DetailsSection />);
    await startEditing();
    type('   ');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(descriptionOf(nameInput())).toBe('Enter a name.');
    expect(nameInput().getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(nameInput()));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(auth.updateName).not.toHaveBeenCalled();
  });

  it('refuses a name over 100 characters', async () => {
    renderSection(() => <DetailsSection />);
    await startEditing();
    type('a'.repeat(101));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(descriptionOf(nameInput())).toMatch(/at most 100 characters/);
    expect(auth.updateName).not.toHaveBeenCalled();
  });

  it('marks Save busy while saving and ignores a second submit', async () => {
    const answer = deferred<Awaited<ReturnType<FakeSharedAuth['updateName']>>>();
    auth.updateName.mockReturnValue(answer.promise);
    renderSection(() => <DetailsSection />);
    await startEditing();
    type('Ada King');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Save' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(auth.updateName).toHaveBeenCalledTimes(1);
    answer.resolve(ok({ ...testUser, name: 'Ada King' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull());
  });

  it('shows a server error as an alert and keeps the editor open with the draft', async () => {
    auth.updateName.mockResolvedValue(failed(500, 'internal_error'));
    renderSection(() => <DetailsSection />);
    await startEditing();
    type('Ada King');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/went wrong on our side/);
    expect(nameInput().value).toBe('Ada King');
  });

  it('shows an unreachable server as an alert instead of throwing', async () => {
    auth.updateName.mockResolvedValue({ ok: false, error: { status: 0, items: [] } });
    renderSection(() => <DetailsSection />);
    await startEditing();
    type('Ada King');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be reached|connection/i);
  });
});
