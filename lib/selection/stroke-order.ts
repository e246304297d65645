import cnchar from 'cnchar';
import order from 'cnchar-order';

cnchar.use(order);

/**
 * 按姓氏笔画为序, the neutral order of Chinese ballots: by the number of strokes of the surname (PRC
 * standard counts, so 陈 and 邵 have 7), then by the class of its first stroke in the order
 * 横 竖 撇 点 折, then the same for each following character. Names that tie completely keep a fixed
 * order by code point, so every ballot lists the same candidates in the same places.
 */
const FIRST_STROKE_CLASSES = ['横', '竖', '撇', '点', '折'] as const;

/** The five basic classes: 提 counts as 横, 竖钩 as 竖, 捺 as 点, every other turning or hooked stroke as 折. */
export function strokeClass(stroke: string): number {
  const name = stroke.split('|')[0]!;
  if (name === '横' || name === '提') return 0;
  if (name === '竖' || name === '竖钩') return 1;
  if (name === '撇') return 2;
  if (name === '点' || name === '捺') return 3;
  return 4;
}

type CharKey = [strokes: number, first: number, codePoint: number];

const keys = new Map<string, CharKey>();
function charKey(char: string): CharKey {
  let key = keys.get(char);
  if (!key) {
    const strokes = Number(cnchar.stroke(char));
    const names = (cnchar.stroke(char, 'order', 'name') as unknown as string[][])[0] ?? [];
    // A character the tables do not know (a letter, a rare character) sorts after every known one.
    key = strokes > 0 && names.length ? [strokes, strokeClass(names[0]!), char.codePointAt(0)!] : [Infinity, 5, char.codePointAt(0)!];
    keys.set(char, key);
  }
  return key;
}

export function compareByStrokes(a: string, b: string): number {
  const x = [...a.trim()];
  const y = [...b.trim()];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [charKey(x[i]!), charKey(y[i]!)];
    for (let k = 0; k < 3; k++) if (p[k] !== q[k]) return p[k]! < q[k]! ? -1 : 1;
  }
  return x.length - y.length;
}

export { FIRST_STROKE_CLASSES };
