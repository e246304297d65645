import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

const navigation = createNavigation(routing);

/** Every internal link and redirect goes through these, so it stays in the reader's language. */
export const { Link, usePathname, useRouter, getPathname } = navigation;
// Typed explicitly so that TypeScript knows nothing runs after a redirect.
export const redirect: typeof navigation.redirect = navigation.redirect;
