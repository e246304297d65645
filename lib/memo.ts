/**
 * A small in-process cache for work that only changes when something is republished: callers put
 * the version (e.g. a fingerprint) in the key, so a new publication is a new entry.
 */
export function memo<T>(limit = 200) {
  const entries = new Map<string, T>();
  return (key: string, make: () => T): T => {
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    if (entries.size >= limit) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
    return value;
  };
}
