/** How a title is compared for duplicates: full-width and half-width alike, no spaces or punctuation, any case. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
