/**
 * The site as configured (content/site.yaml: its name, description and home-page introduction)
 * and its addresses: the deployment base (BASE_PATH) and, when the build knows it, the public
 * address (SITE_URL). The one place a site path becomes an address.
 */
import { resolve } from 'node:path';
import { readSiteConfig } from '../lib/site-config';
import { addressOf, joinBase } from '../lib/urls';

/** The content folder being built: content/, or POLICY_CONTENT_ROOT (the tests' fixture site). */
export const CONTENT_ROOT = resolve(process.env.POLICY_CONTENT_ROOT ?? 'content');

/** content/site.yaml, read once. */
export const SITE = readSiteConfig(resolve(CONTENT_ROOT, 'site.yaml'));

/** The site's name, in every page title and the header. */
export const SITE_NAME = SITE.name;

/** Prefixes a site path with the deployment base (`/` or e.g. `/policies/`). */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The address to print for a site path: absolute when the build knows its public address (SITE_URL), else the path with its base. */
export function permanentAddress(path: string): string {
  return addressOf(withBase(path), import.meta.env.SITE);
}
