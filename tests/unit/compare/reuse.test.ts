import { describe, expect, it } from 'vitest';
import {
  isBoilerplateSentence,
  reuseStats,
  sentenceKey,
  splitSentences,
} from '../../../src/shared/compare/reuse';

describe('splitSentences', () => {
  it('splits on 。！？； and line breaks, keeping end marks and closing quotes', () => {
    expect(
      splitSentences('一是加强培训；二是完善制度。要求“应公开、尽公开。”下一步\n继续努力！'),
    ).toEqual([
      '一是加强培训；',
      '二是完善制度。',
      '要求“应公开、尽公开。”',
      '下一步',
      '继续努力！',
    ]);
    expect(splitSentences('  ')).toEqual([]);
  });
});

describe('sentenceKey and boilerplate', () => {
  it('ignores whitespace, punctuation, radicals and the year', () => {
    expect(sentenceKey('2021 年，我局共主动公开政府信息46条。')).toBe(
      sentenceKey('2022年我局共主动公开政府信息46条'),
    );
    expect(sentenceKey('⼀是加强培训')).toBe(sentenceKey('一是加强培训'));
    expect(sentenceKey('主动公开政府信息46条')).not.toBe(sentenceKey('主动公开政府信息52条'));
  });

  it('treats short sentences and bare headings as boilerplate', () => {
    expect(isBoilerplateSentence('无。')).toBe(true);
    expect(isBoilerplateSentence('（一）主动公开情况。')).toBe(true);
    expect(isBoilerplateSentence('（一）主动公开情况，我局严格落实条例各项规定。')).toBe(false);
    expect(isBoilerplateSentence('我局严格落实条例各项规定，按时公开。')).toBe(false);
  });
});

describe('reuseStats', () => {
  const block = (...paragraphs: string[]) => ({ heading: '（一）标题不计', paragraphs });

  it('counts unchanged current sentences', () => {
    const previous = [block('2021年，我局严格落实条例各项规定。我局共主动公开政府信息46条。')];
    const current = [
      block(
        '2022年，我局严格落实条例各项规定。我局共主动公开政府信息52条。新开设了惠企政策专栏。无。',
      ),
    ];
    const stats = reuseStats(previous, current);
    expect(stats).toEqual({
      total: 3,
      unchanged: 1,
      ratio: 1 / 3,
      unchangedSentences: ['2022年，我局严格落实条例各项规定。'],
    });
  });

  it('is zero for empty text', () => {
    expect(reuseStats([], [])).toEqual({
      total: 0,
      unchanged: 0,
      ratio: 0,
      unchangedSentences: [],
    });
  });
});
