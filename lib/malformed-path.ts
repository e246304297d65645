/**
 * True when a path carries percent-escapes that do not decode (`/communities/%ZZ`, a lone `%`, a
 * cut UTF-8 sequence). Next cannot decode such a segment into a route parameter and, failing to
 * render its own 400 page under the App Router, answers a bare 500; the proxy refuses these first.
 */
export function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
