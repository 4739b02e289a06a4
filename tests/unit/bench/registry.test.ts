import { describe, expect, it } from 'vitest';
import { latencyRows, percentile, row } from '../../../bench/registry';

describe('bench rows', () => {
  it('takes nearest-rank percentiles of unsorted samples', () => {
    const samples = [9, 1, 5, 3, 7, 2, 8, 4, 10, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('marks a row slow only when its value exceeds the target', () => {
    expect(row('a', 30, 'ms', 30).ok).toBe(true);
    expect(row('a', 30.0004, 'ms', 30).ok).toBe(false);
    expect(row('a', 1e9, 'ms').ok).toBe(true);
    expect(row('a', 1.23456, 'ms').value).toBe(1.235);
  });

  it('applies a latency target to p95, not p50', () => {
    const times = [...Array.from({ length: 19 }, () => 1), 50];
    const [p50, p95] = latencyRows('op', times, 5);
    expect(p50).toMatchObject({ name: 'op p50', value: 1, target: null, ok: true });
    expect(p95).toMatchObject({ name: 'op p95', value: 1, target: 5, ok: true });
    const [, slow] = latencyRows('op', [...times, 50], 5);
    expect(slow).toMatchObject({ value: 50, ok: false });
  });
});
