/**
 * The reset token from an email link, held in memory only: never in the URL, storage or a log. It is gone
 * on reload; the user then requests a new link.
 */
let held: string | null = null;

export const holdResetToken = (token: string): void => {
  held = token;
};

export const heldResetToken = (): string | null => held;

export const releaseResetToken = (): void => {
  held = null;
};
