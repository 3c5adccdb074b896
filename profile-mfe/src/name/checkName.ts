import { text } from '../messages';

export const NAME_MAX_LENGTH = 100;

/** The name to save (trimmed), or why it is refused. */
export function checkName(input: string): { ok: true; name: string } | { ok: false; message: string } {
  const name = input.trim();
  if (!name) return { ok: false, message: text.nameEmpty };
  const length = [...name].length;
  if (length > NAME_MAX_LENGTH) return { ok: false, message: text.nameTooLong(NAME_MAX_LENGTH, length) };
  return { ok: true, name };
}
