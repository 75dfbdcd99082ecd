import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

// Locale-aware navigation for client components. Server components build addresses with localePath() from
// routing.ts instead: importing this module into them would send next-intl's client Link to every page.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
