/**
 * Belenios structures are hashed as compact JSON "with the order of fields respected" (spec §4.1).
 * A Codec validates a parsed JSON value against one structure and writes it back in that order, so
 * `write(parse(JSON.parse(raw)))` re-serialises exactly what Belenios (atdgen + yojson) would.
 */

export class FormatError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path || 'value'}: ${detail}`);
  }
}

export interface Codec<T> {
  parse(value: unknown, path: string): T;
  write(value: T): unknown;
  readonly optional?: boolean;
}

type Out<C> = C extends Codec<infer T> ? T : never;
type Shape = Record<string, Codec<unknown>>;
type OptKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
export type ObjOf<S extends Shape> = { [K in Exclude<keyof S, OptKeys<S>>]: Out<S[K]> } & {
  [K in OptKeys<S>]?: Out<S[K]>;
};

const fail = (path: string, detail: string): never => {
  throw new FormatError(path, detail);
};

export const pattern = (re: RegExp, what: string): Codec<string> => ({
  parse: (v, path) => (typeof v === 'string' && re.test(v) ? v : fail(path, `expected ${what}`)),
  write: (v) => v,
});

export const text: Codec<string> = {
  parse: (v, path) => (typeof v === 'string' ? v : fail(path, 'expected a string')),
  write: (v) => v,
};

export const int: Codec<number> = {
  parse: (v, path) => (Number.isSafeInteger(v) ? (v as number) : fail(path, 'expected an integer')),
  write: (v) => v,
};

export const bool: Codec<boolean> = {
  parse: (v, path) => (typeof v === 'boolean' ? v : fail(path, 'expected a boolean')),
  write: (v) => v,
};

export const literal = <T extends string | number>(value: T): Codec<T> => ({
  parse: (v, path) => (v === value ? value : fail(path, `expected ${JSON.stringify(value)}`)),
  write: (v) => v,
});

export const array = <T>(item: Codec<T>): Codec<T[]> => ({
  parse: (v, path) =>
    Array.isArray(v) ? v.map((x, i) => item.parse(x, `${path}[${i}]`)) : fail(path, 'expected an array'),
  write: (v) => v.map((x) => item.write(x)),
});

export const optional = <T>(c: Codec<T>): Codec<T> & { optional: true } => ({ ...c, optional: true });

export function object<S extends Shape>(shape: S): Codec<ObjOf<S>> {
  const keys = Object.keys(shape);
  return {
    parse(v, path) {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'expected an object');
      const record = v as Record<string, unknown>;
      for (const k of Object.keys(record)) if (!(k in shape)) fail(`${path}.${k}`, 'unexpected field');
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        const codec = shape[k]!;
        if (record[k] === undefined) {
          if (!codec.optional) fail(`${path}.${k}`, 'missing');
          continue;
        }
        out[k] = codec.parse(record[k], `${path}.${k}`);
      }
      return out as ObjOf<S>;
    },
    write(value) {
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const k of keys) if (source[k] !== undefined) out[k] = shape[k]!.write(source[k]);
      return out;
    },
  };
}

/** A 2-tuple variant as atdgen writes it: ["Tag", payload]. */
export function variant<Tag extends string, T>(tag: Tag, payload: Codec<T>): Codec<[Tag, T]> {
  return {
    parse(v, path) {
      if (!Array.isArray(v) || v.length !== 2 || v[0] !== tag) return fail(path, `expected ["${tag}", …]`);
      return [tag, payload.parse(v[1], `${path}[1]`)];
    },
    write: ([t, p]) => [t, payload.write(p)],
  };
}

export function oneOf<T>(...codecs: Codec<T>[]): Codec<T> {
  return {
    parse(v, path) {
      const errors: string[] = [];
      for (const c of codecs) {
        try {
          return c.parse(v, path);
        } catch (e) {
          errors.push(e instanceof Error ? e.message : String(e));
        }
      }
      return fail(path, `matches no alternative (${errors.join('; ')})`);
    },
    write(v) {
      for (const c of codecs) {
        try {
          c.parse(c.write(v), '');
          return c.write(v);
        } catch {
          // try the next alternative
        }
      }
      throw new FormatError('', 'value matches no alternative');
    },
  };
}

/** Compact JSON exactly as yojson writes it: JSON.stringify, plus yojson's escape of DEL. */
export const stringify = (value: unknown): string => JSON.stringify(value).replace(/\x7f/g, '\\u007f');

export const encode = <T>(codec: Codec<T>, value: T): string => stringify(codec.write(value));

/** Parse raw JSON text; with `canonical`, also require that it is exactly what Belenios would write. */
export function decode<T>(codec: Codec<T>, raw: string, what: string, canonical = true): T {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new FormatError(what, 'not JSON');
  }
  const value = codec.parse(json, what);
  if (canonical && encode(codec, value) !== raw) throw new FormatError(what, 'not in canonical form');
  return value;
}
