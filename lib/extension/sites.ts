import { getDomain } from 'tldts';

/**
 * The site a hostname belongs to, as "Off on this site" means it: its registrable domain by the
 * Public Suffix List (private suffixes included, so two people's github.io pages are two sites), so
 * www.example.com and example.com are one site. Hosts without one (an IP address, localhost) are
 * their own site. Only extension pages and the background use this: the list is too big to load
 * into every page, and the content script does not need it (settings.ts, `isActiveOn`).
 */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}
