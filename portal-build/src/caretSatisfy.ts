/**
 * Whether a shared module's version satisfies a `requiredVersion` of the form `^MAJOR.MINOR.PATCH` (npm's caret
 * rules, 0.x included); any other range must match exactly. It runs inside the federation runtime of every part
 * (shipped as its source text), so it is self-contained: no imports, no outer names.
 */
export const caretSatisfy = (version: string, range: string): boolean => {
  const parts = (text: string) => /^(\d+)\.(\d+)\.(\d+)/.exec(text)?.slice(1).map(Number);
  const have = parts(version);
  const want = range.startsWith('^') ? parts(range.slice(1)) : undefined;
  if (!have || !want) return version === range;
  const [major, minor, patch] = have as [number, number, number];
  const [wantMajor, wantMinor, wantPatch] = want as [number, number, number];
  if (major !== wantMajor || (major === 0 && minor !== wantMinor)) return false;
  return minor > wantMinor || (minor === wantMinor && patch >= wantPatch);
};
