import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/shared/ipc';

/** Input validation happens in the dispatch wrapper through these schemas; the services trust it. */
describe('reports:create input (contract schema)', () => {
  const parse = (input: unknown) => contract['reports:create'].input.safeParse(input);
  const message = (input: unknown) => {
    const r = parse(input);
    return r.success ? '' : r.error.issues.map((i) => i.message).join('；');
  };

  it('accepts years 2019 to 2100 and trims the organ', () => {
    expect(parse({ organ: ' 测试局 ', year: 2019 })).toMatchObject({
      success: true,
      data: { organ: '测试局' },
    });
    expect(parse({ organ: '测试局', year: 2100 }).success).toBe(true);
  });

  it('refuses a year outside 2019–2100 or not a whole number, in Chinese', () => {
    expect(message({ organ: '测试局', year: 2018 })).toContain('2019');
    expect(message({ organ: '测试局', year: 2101 })).toContain('2100');
    expect(parse({ organ: '测试局', year: 2021.5 }).success).toBe(false);
    expect(parse({ organ: '测试局', year: '2021' }).success).toBe(false);
  });

  it('refuses an empty organ and one longer than 100 characters', () => {
    expect(message({ organ: '   ', year: 2021 })).toContain('不能为空');
    expect(parse({ organ: '局'.repeat(100), year: 2021 }).success).toBe(true);
    expect(message({ organ: '局'.repeat(101), year: 2021 })).toContain('100');
  });

  it('requires a reason to undo 定稿', () => {
    expect(contract['reports:unfinalize'].input.safeParse({ id: 1, reason: '  ' }).success).toBe(
      false,
    );
  });
});
