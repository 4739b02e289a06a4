import { describe, expect, it } from 'vitest';
import { FORMAT_2021 } from '../../../src/shared/format';
import {
  cellKeyCommand,
  keyGridOf,
  moveInGrid,
  moveVertically,
} from '../../../src/renderer/src/editor/gridNav';

const t3 = keyGridOf(FORMAT_2021.tables.t3.rows);
const t2 = keyGridOf(FORMAT_2021.tables.t2.rows);
const isTotal = (k: string) => k.endsWith('.total') || k.startsWith('t3.total_handled.');
const key = (e: Partial<{ key: string; shiftKey: boolean; ctrlKey: boolean }>) => ({
  key: '',
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...e,
});

describe('keyboard navigation model', () => {
  it('builds table 三 as 25 rows of 7 keys', () => {
    expect(t3).toHaveLength(25);
    expect(t3.every((r) => r.length === 7)).toBe(true);
    expect(t3[0]![0]).toBe('t3.new.natural');
  });

  it('moves with arrows and stops at the edges', () => {
    expect(moveInGrid(t3, 't3.new.natural', 'right')).toBe('t3.new.commercial');
    expect(moveInGrid(t3, 't3.new.natural', 'left')).toBe('t3.new.natural');
    expect(moveInGrid(t3, 't3.new.natural', 'up')).toBe('t3.new.natural');
    expect(moveInGrid(t3, 't3.new.natural', 'down')).toBe('t3.carried_over.natural');
    expect(moveInGrid(t3, 't3.granted.legal', 'rowStart')).toBe('t3.granted.natural');
    expect(moveInGrid(t3, 't3.granted.legal', 'rowEnd')).toBe('t3.granted.total');
    expect(moveInGrid(t3, 't3.granted.legal', 'first')).toBe('t3.new.natural');
  });

  it('Tab skips computed totals and wraps to the next row', () => {
    expect(moveInGrid(t3, 't3.new.other', 'next', isTotal)).toBe('t3.carried_over.natural');
    expect(moveInGrid(t3, 't3.carried_over.natural', 'prev', isTotal)).toBe('t3.new.other');
  });

  it('Enter moves down past computed rows', () => {
    expect(moveVertically(t3, 't3.other_other.natural', true, isTotal)).toBe(
      't3.carried_forward.natural',
    );
    expect(moveVertically(t3, 't3.carried_forward.natural', true, isTotal)).toBe(
      't3.carried_forward.natural',
    );
  });

  it('keeps the nearest column on shorter rows of table 二', () => {
    expect(moveInGrid(t2, 't2.normative_docs.effective', 'down')).toBe('t2.licensing');
  });

  it('maps keys to commands; caret mode keeps Left/Right/Home inside the text', () => {
    expect(cellKeyCommand(key({ key: 'ArrowLeft' }), 'none')).toEqual({
      type: 'move',
      action: 'left',
    });
    expect(cellKeyCommand(key({ key: 'ArrowLeft' }), 'caret')).toBeNull();
    expect(cellKeyCommand(key({ key: 'Home', ctrlKey: true }), 'caret')).toEqual({
      type: 'move',
      action: 'first',
    });
    expect(cellKeyCommand(key({ key: 'Enter', shiftKey: true }), 'replace')).toEqual({
      type: 'enter',
      down: false,
    });
    expect(cellKeyCommand(key({ key: 'F2' }), 'none')).toEqual({ type: 'startCaretEdit' });
    expect(cellKeyCommand(key({ key: 'Escape' }), 'none')).toBeNull();
    expect(cellKeyCommand(key({ key: 'Escape' }), 'replace')).toEqual({ type: 'cancelEdit' });
    expect(cellKeyCommand(key({ key: 'Tab', shiftKey: true }), 'none')).toEqual({
      type: 'move',
      action: 'prev',
    });
  });
});
