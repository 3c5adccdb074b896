/** Medians and percentiles: every figure in RESULTS.md is one of these over several runs, never a single run. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export const median = (values: number[]): number => percentile(values, 50);
export const p90 = (values: number[]): number => percentile(values, 90);
