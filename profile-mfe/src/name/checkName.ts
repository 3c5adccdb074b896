import type { ProfilePhrase } from '../i18n/catalogs';

export const NAME_MAX_LENGTH = 100;

/** The name to save (trimmed), or why it is refused. */
export function checkName(input: string): { ok: true; name: string } | { ok: false; problem: ProfilePhrase } {
  const name = input.trim();
  if (!name) return { ok: false, problem: { key: 'details.nameEmpty' } };
  const length = [...name].length;
  if (length > NAME_MAX_LENGTH) return { ok: false, problem: { key: 'details.nameTooLong', params: { max: NAME_MAX_LENGTH, length } } };
  return { ok: true, name };
}
