/** Who the initials are drawn for: shared-auth's User has these two. */
export interface Person {
  name?: string | null | undefined;
  email: string;
}

/** The first character of a word, a whole one even outside the Basic Multilingual Plane. */
const firstOf = (word: string | undefined): string => (word ? (Array.from(word)[0] ?? '') : '');

/**
 * The one or two letters drawn locally for a user without a picture (no third-party avatar service), the same in
 * the shell's header and in the profile: the first letters of the first and last word of the name ("Augusta Ada
 * King" is AK), else of the email address's local part ("grace.hopper@…" is GH), else "?".
 */
export function initials(person: Person): string {
  const source = person.name?.trim() || person.email.split('@')[0] || '';
  const words = source.split(/[\s._-]+/).filter(Boolean);
  const letters = firstOf(words[0]) + (words.length > 1 ? firstOf(words[words.length - 1]) : '');
  return letters.toUpperCase() || '?';
}
