/**
 * What a typecheck cannot see in a set of catalogs: an empty message, or placeholders that differ from the
 * reference locale's. Keys are compared too, for catalogs not typed against the reference. Each app's catalog
 * test runs it over its own catalogs.
 */
export function catalogProblems(catalogs: Readonly<Record<string, Readonly<Record<string, string>>>>, reference = 'en'): string[] {
  const base = catalogs[reference];
  if (!base) return [`no "${reference}" catalog`];
  const placeholders = (text: string) =>
    [...text.matchAll(/\{(\w+)\}/g)]
      .map((match) => match[1])
      .sort()
      .join(',');
  const problems: string[] = [];
  for (const [locale, catalog] of Object.entries(catalogs)) {
    for (const key of Object.keys(base)) if (!Object.hasOwn(catalog, key)) problems.push(`${locale}: missing "${key}"`);
    for (const [key, text] of Object.entries(catalog)) {
      if (!Object.hasOwn(base, key)) problems.push(`${locale}: extra "${key}"`);
      else if (typeof text !== 'string' || !text.trim()) problems.push(`${locale}: "${key}" is empty`);
      else if (placeholders(text) !== placeholders(base[key]!))
        problems.push(`${locale}: "${key}" has other placeholders than ${reference}`);
    }
  }
  return problems;
}
