/**
 * Uploads a new avatar under a name made from the user id and the time (never the user's name: docs/pitfalls.md #18),
 * points `profilePicture` at it, then removes the file it replaces, best effort.
 */
import type { Result, UploadProgress, User } from 'portal-contract';
import { fail, invalidAnswer, notSignedIn, ok } from '../client/failures';
import type { ActionContext } from './context';
import { isUser } from './profile';

export const AVATAR_BUCKET = 'root';
export const UPLOAD_TIMEOUT_MS = 5 * 60_000;

export const avatarFileName = (userId: string, now = Date.now()) => `avatar_${userId}_${now}`;

/**
 * The stored file name of an earlier avatar if it was uploaded to the same storage as the new one (same URL up to
 * the last path segment), else null: a picture from elsewhere is not ours to delete.
 */
export function replacedFileName(oldUrl: string | undefined, newUrl: string): string | null {
  if (!oldUrl) return null;
  try {
    const before = new URL(oldUrl);
    const after = new URL(newUrl);
    const cut = (url: URL) => url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
    const name = decodeURIComponent(before.pathname.slice(before.pathname.lastIndexOf('/') + 1));
    if (!name || before.origin !== after.origin || cut(before) !== cut(after) || before.href === after.href) return null;
    return name;
  } catch {
    return null;
  }
}

export async function uploadAvatar(ctx: ActionContext, file: File, onProgress?: (progress: UploadProgress) => void): Promise<Result<User>> {
  const user = ctx.session.state.user;
  if (!user || !ctx.session.state.session) return fail(notSignedIn());
  const userId = user._id;
  const previous = user.profilePicture;
  const fileName = avatarFileName(userId);

  const uploaded = await ctx.session.request(
    (client) =>
      client.storage.bucket(AVATAR_BUCKET).upload(fileName, file, {
        isPublic: true,
        // Always given: it makes the client use XHR in browsers, the one path with upload progress.
        onProgress: (loaded: number, total: number) => {
          try {
            onProgress?.({ loaded, total });
          } catch {
            // A progress bar's failure is not the upload's.
          }
        },
      }),
    // Files (5 MiB at most on altogic-local) take their time on slow links, but an upload whose answer the client
    // cannot parse never settles (docs/wire-contract.md §1.6): give up after five minutes.
    { timeoutMs: UPLOAD_TIMEOUT_MS },
  );
  if (!uploaded.ok) return uploaded;
  const publicPath = (uploaded.value.data as { publicPath?: unknown } | null)?.publicPath;
  if (typeof publicPath !== 'string' || !publicPath) return fail(invalidAnswer('The server answered without the file address.'));

  const updated = await ctx.session.request((client) => client.db.model('users').object(userId).update({ profilePicture: publicPath }));
  if (!updated.ok) {
    await removeFile(ctx, fileName);
    return updated;
  }
  const { data } = updated.value;
  if (!isUser(data)) return fail(invalidAnswer('The server answered without the updated user.'));
  ctx.session.userReceived(data);

  const replaced = replacedFileName(previous, publicPath);
  if (replaced) await removeFile(ctx, replaced);
  return ok(data);
}

/** Best effort: a file left behind costs storage, not correctness. */
async function removeFile(ctx: ActionContext, fileName: string): Promise<void> {
  await ctx.session.request((client) => client.storage.bucket(AVATAR_BUCKET).file(fileName).delete(), { sessionErrors: 'report' });
}
