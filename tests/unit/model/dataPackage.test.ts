import { describe, expect, it } from 'vitest';
import {
  blankReport,
  buildDataPackage,
  readDataPackage,
  toInterchange,
} from '../../../src/shared/model';

describe('data package', () => {
  it('round-trips several reports', () => {
    const a = blankReport({ organ: '甲局', year: 2021 });
    const b = blankReport({ organ: '乙局', year: 2020 });
    const json = JSON.parse(JSON.stringify(buildDataPackage([a, b], '2026-01-01T00:00:00Z')));
    const { entries, problems } = readDataPackage(json);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.report?.organ, e.report?.format, e.problems])).toEqual([
      ['甲局', '2021', []],
      ['乙局', '2019', []],
    ]);
  });
  it('accepts a single interchange report', () => {
    const { entries } = readDataPackage(toInterchange(blankReport({ organ: '甲局', year: 2022 })));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.report?.year).toBe(2022);
  });
  it('flags duplicates and broken entries without throwing', () => {
    const a = toInterchange(blankReport({ organ: '甲局', year: 2021 }));
    const broken = { ...a, year: 1999 };
    const { entries } = readDataPackage({
      schema: 'nianbao/package@1',
      reports: [a, a, broken, 42],
    });
    expect(entries[0]!.problems).toEqual([]);
    expect(entries[1]!.problems[0]).toMatch(/重复/);
    expect(entries[2]!.problems.join()).toMatch(/年度不能早于2019年/);
    expect(entries[3]!.report).toBeNull();
  });
  it('refuses what is not a package, in Chinese', () => {
    expect(readDataPackage([1, 2]).problems[0]).toMatch(/不是年报编制助手的数据包/);
    expect(readDataPackage({ schema: 'nianbao/package@1', reports: 'x' }).problems[0]).toMatch(
      /数据包格式不正确/,
    );
  });
});
