/**
 * Runs in the page: measures everything a reader in elders' mode meets against the MIIT 2021
 * numbers (适老化) and returns one line per element that falls short. Self-contained, because
 * Playwright sends the function's source to the browser.
 *
 * - every tap target (link, button, field, summary; a radio or checkbox by its label) ≥ 60 × 60 CSS px
 * - every piece of text ≥ 18 px, with line spacing ≥ 1.3
 * - text contrast ≥ 4.5:1 against the background it sits on; field borders (non-text) ≥ 3:1
 */
export function measureElderPage(limits: { target: number; text: number; lineHeight: number; contrast: number; nonText: number }) {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const [r = '0', g = '0', b = '0', a = '1'] = (m[1] ?? '').split(/[,\s/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  };
  const over = ([tr, tg, tb, ta]: Rgba, [br, bg, bb, ba]: Rgba): Rgba => {
    const a = ta + ba * (1 - ta);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (t: number, b: number) => (t * ta + b * ba * (1 - ta)) / a;
    return [mix(tr, br), mix(tg, bg), mix(tb, bb), a];
  };
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const ratio = (a: Rgba, b: Rgba) => {
    const [x, y] = [luminance(a), luminance(b)];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  /** The colour behind an element: its own and its ancestors' backgrounds composed over white. */
  const backgroundOf = (el: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) layers.push(parse(getComputedStyle(node).backgroundColor));
    return layers.reduceRight<Rgba>((under, layer) => over(layer, under), [255, 255, 255, 1]);
  };
  const name = (el: Element) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
    return `<${el.tagName.toLowerCase()}${cls}> "${text || el.getAttribute('aria-label') || el.getAttribute('name') || ''}"`;
  };
  const shown = (el: Element) => {
    const rect = el.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) return false; // display:none, or visually hidden for screen readers
    if (rect.right < 0 || rect.bottom < 0 || rect.left > document.documentElement.scrollWidth) return false; // off-screen (skip link)
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && !el.closest('[aria-hidden="true"], svg');
  };
  const problems: string[] = [];

  for (const el of document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
    const box = el.matches('input[type="radio"], input[type="checkbox"]') ? (el.closest('label') ?? el) : el;
    if (!shown(box)) continue;
    const rect = box.getBoundingClientRect();
    if (rect.width + 0.5 < limits.target || rect.height + 0.5 < limits.target)
      problems.push(`target ${Math.round(rect.width)}×${Math.round(rect.height)}: ${name(el)}`);
    if (el.matches('input:not([type="radio"], [type="checkbox"], [type="submit"]), select, textarea')) {
      const style = getComputedStyle(el);
      const border = parse(style.borderTopColor);
      if (parseFloat(style.borderTopWidth) > 0 && ratio(over(border, backgroundOf(el.parentElement!)), backgroundOf(el.parentElement!)) < limits.nonText)
        problems.push(`field border contrast: ${name(el)}`);
    }
  }

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent?.trim() || !shown(el)) continue;
    if (el.closest('script, style, noscript, option')) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    if (size + 0.05 < limits.text) problems.push(`text ${size}px: ${name(el)}`);
    const lineHeight = style.lineHeight === 'normal' ? 1.2 * size : parseFloat(style.lineHeight);
    if (lineHeight / size + 0.005 < limits.lineHeight) problems.push(`line spacing ${(lineHeight / size).toFixed(2)}: ${name(el)}`);
    if (el.closest(':disabled, [aria-disabled="true"]')) continue; // disabled controls are exempt
    const background = backgroundOf(el);
    const contrast = ratio(over(parse(style.color), background), background);
    if (contrast + 0.005 < limits.contrast) problems.push(`contrast ${contrast.toFixed(2)}: ${name(el)}`);
  }
  return problems;
}
