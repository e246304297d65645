'use client';
import { useEffect, useRef, type ReactNode } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * Moves focus (and so the viewport and a screen reader) to a message when it appears, whatever the
 * reader was looking at: a refused ballot at the bottom of a long page shows its problem at once.
 * `autoFocus` does the same without JavaScript, when the page comes back from a plain POST.
 */
function useFocusOnShow<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    // After the frame in which the router may scroll a new page to its top or to its #hash.
    const frame = requestAnimationFrame(() => {
      ref.current?.focus({ preventScroll: true });
      ref.current?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [key]);
  return ref;
}

export type SummaryItem = { href: string; text: string };

/**
 * GOV.UK's error summary: a heading, then one link per problem to the field it concerns. It takes
 * focus when it appears. With JavaScript, a link's text starts with the field's label (read from the
 * page), so "此项必填" says which field.
 */
export function ErrorSummary({ title, items, focusKey }: { title: string; items: SummaryItem[]; focusKey?: unknown }) {
  const ref = useFocusOnShow<HTMLDivElement>(focusKey);
  const labelled = useLabelled(items);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} autoFocus aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="text-lg font-bold">
        {title}
      </h2>
      <ul className="space-y-1 mt-1">
        {labelled.map((item, i) => (
          <li key={i}>
            {item.href ? (
              <a href={item.href} className="error-link" onClick={(e) => focusTarget(e, item.href)}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A success message beside the control that was used; it takes focus so the eye finds it. */
export function SuccessNotice({
  children,
  focusKey,
  id,
  className = '',
}: {
  children: ReactNode;
  focusKey?: unknown;
  id?: string;
  className?: string;
}) {
  const ref = useFocusOnShow<HTMLDivElement>(focusKey);
  return (
    <div ref={ref} id={id} className={`notice-success ${className}`} role="status" tabIndex={-1} autoFocus>
      <span aria-hidden>✓ </span>
      {children}
    </div>
  );
}

/** Adds each field's label once hydrated (the server cannot see the labels the form renders below). */
function useLabelled(items: SummaryItem[]): SummaryItem[] {
  const hydrated = useHydrated();
  if (!hydrated) return items;
  const colon = document.documentElement.lang.startsWith('zh') ? '：' : ': ';
  return items.map((item) => {
    const label = item.href.startsWith('#') ? labelOf(item.href.slice(1)) : null;
    return label && !item.text.startsWith(label) ? { ...item, text: `${label}${colon}${item.text}` } : item;
  });
}

function labelOf(id: string): string | null {
  const target = document.getElementById(id);
  if (!target) return null;
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? target.closest('fieldset')?.querySelector('legend');
  return label?.textContent?.trim().replace(/[：:]$/, '') || null;
}

/** GOV.UK moves focus to the field itself (not only scrolls), so the user can type at once. */
function focusTarget(event: React.MouseEvent, href: string) {
  if (!href.startsWith('#')) return;
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  event.preventDefault();
  const field = target.matches('input, select, textarea, button') ? target : target.querySelector<HTMLElement>('input, select, textarea');
  (field ?? target).focus();
  target.scrollIntoView({ block: 'center' });
}
