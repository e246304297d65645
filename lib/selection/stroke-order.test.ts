import { describe, expect, it } from 'vitest';
import { compareByStrokes, strokeClass } from './stroke-order';

const sorted = (names: string[]) => [...names].sort(compareByStrokes);

describe('按姓氏笔画为序', () => {
  it('orders by the surname’s strokes, with PRC counts (阝 is 2 strokes: 陈 7, 郑 8)', () => {
    expect(sorted(['赵敏', '陈静', '丁一', '王芳', '郑和', '马力', '高山'])).toEqual([
      '丁一',
      '马力',
      '王芳',
      '陈静',
      '郑和',
      '赵敏',
      '高山',
    ]);
  });

  it('breaks a tie in strokes by the first stroke: 横 竖 撇 点 折', () => {
    // All 7 strokes: 李 starts with 横, 吴 with 竖, 何 with 撇, 宋 with 点, 张 and 陈 with 折.
    expect(sorted(['张伟', '宋玉', '何平', '吴刚', '李明'])).toEqual(['李明', '吴刚', '何平', '宋玉', '张伟']);
  });

  it('then compares the given names, and a shorter name first', () => {
    expect(sorted(['王芳芳', '王一', '王芳', '王二'])).toEqual(['王一', '王二', '王芳', '王芳芳']);
  });

  it('is a total, stable order: a complete tie falls back to the characters themselves', () => {
    expect(compareByStrokes('林立', '林立')).toBe(0);
    const names = ['林立', '杨洋', '欧阳春', '周正', 'Lily Wang', '罗兰'];
    expect(sorted(names)).toEqual(sorted([...names].reverse()));
    expect(sorted(names).at(-1)).toBe('Lily Wang');
  });

  it('classes strokes as the ballot rule does', () => {
    expect(['横', '提', '竖', '竖钩', '撇', '点', '捺', '横折', '横折折折钩|横撇弯钩', '斜钩'].map(strokeClass)).toEqual([
      0, 0, 1, 1, 2, 3, 3, 4, 4, 4,
    ]);
  });
});
