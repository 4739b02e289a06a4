import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../../src/renderer/src/editor/undoStack';

describe('undo stack', () => {
  it('undoes and redoes snapshots in order', () => {
    const s = new UndoStack<string>();
    s.record('a', null, 0);
    s.record('b', null, 10);
    expect(s.undo('c')).toBe('b');
    expect(s.undo('b')).toBe('a');
    expect(s.undo('a')).toBeUndefined();
    expect(s.redo('a')).toBe('b');
    expect(s.redo('b')).toBe('c');
    expect(s.canRedo).toBe(false);
  });

  it('coalesces typing with the same key inside the window, not after it', () => {
    const s = new UndoStack<string>(100, 1000);
    s.record('', 'text:s1:0', 0);
    s.record('x', 'text:s1:0', 500);
    s.record('xy', 'text:s1:0', 3000);
    expect(s.undo('xyz')).toBe('xy');
    expect(s.undo('xy')).toBe('');
  });

  it('a new edit clears redo; a cancelled session leaves no step', () => {
    const s = new UndoStack<number>();
    s.record(1, null, 0);
    expect(s.undo(2)).toBe(1);
    s.record(1, 'cell:a:1', 10);
    expect(s.canRedo).toBe(false);
    s.dropIfTop('cell:a:1');
    expect(s.canUndo).toBe(false);
  });

  it('sealed steps do not absorb later edits with the same key', () => {
    const s = new UndoStack<number>();
    s.record(1, 'k', 0);
    s.seal();
    s.record(2, 'k', 1);
    expect(s.undo(3)).toBe(2);
    expect(s.undo(2)).toBe(1);
  });
});
