import { MAX_HOSTNAME_LENGTH } from './defaults';

/** A normalised hostname, or the reason the input is not one. */
export type HostnameResult = { ok: true; hostname: string } | { ok: false; error: string };

// One label: letters (any script, so internationalised names stay as typed), digits, marks and inner hyphens.
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

function fail(error: string): HostnameResult {
  return { ok: false, error };
}

function quoted(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

/** Strips a scheme, user, path, query, fragment and port from pasted text, leaving the host part. */
function hostPart(text: string): string | null {
  const scheme = SCHEME.exec(text);
  if (scheme && !/^https?$/i.test(scheme[1]!)) return null;
  let rest = scheme ? text.slice(scheme[0].length) : text;
  rest = rest.split(/[/?#]/, 1)[0] ?? '';
  rest = rest.slice(rest.lastIndexOf('@') + 1);
  return rest.startsWith('[') ? rest.replace(/^(\[[^\]]*\]):\d*$/, '$1') : rest.replace(/:\d*$/, '');
}

/**
 * Turns what a reader typed — a hostname or a pasted address — into the key used for site rules: lower case,
 * without a leading `www.`, `*.` or trailing dot, internationalised names kept in the script they were typed in.
 */
export function normaliseHostname(input: string): HostnameResult {
  const text = input.trim();
  if (!text) return fail('Enter a site, such as example.com.');
  const part = hostPart(text);
  if (part === null) return fail(`${quoted(text)} is not a web address: Backstory only runs on http and https pages.`);
  let host = part.normalize('NFC').toLowerCase().replace(/\.$/, '');
  if (host.startsWith('*.')) host = host.slice(2);
  if (host.startsWith('www.') && host.length > 4) host = host.slice(4);
  if (!host) return fail(`${quoted(text)} has no site name in it.`);
  if (host.length > MAX_HOSTNAME_LENGTH)
    return fail(`A site name is at most ${MAX_HOSTNAME_LENGTH} characters long; this one has ${host.length}.`);
  if (host.startsWith('[')) {
    if (!canParse(host)) return fail(`${quoted(text)} is not a valid IPv6 address.`);
    return { ok: true, hostname: host };
  }
  if (IPV4.test(host)) {
    if (host.split('.').some((n) => Number(n) > 255)) return fail(`${quoted(text)} is not a valid IP address.`);
    return { ok: true, hostname: host };
  }
  for (const label of host.split('.')) {
    if (!label) return fail(`${quoted(text)} has an empty part between dots.`);
    if (label.length > 63)
      return fail(`Each part of a site name is at most 63 characters; “${label.slice(0, 20)}…” is longer.`);
    if (!LABEL.test(label))
      return fail(
        `${quoted(text)} is not a valid site name: use letters, digits, dots and hyphens (no spaces, and no hyphen at the start or end of a part).`,
      );
  }
  if (!canParse(host)) return fail(`${quoted(text)} is not a valid site name.`);
  return { ok: true, hostname: host };
}

function canParse(host: string): boolean {
  try {
    new URL(`http://${host}/`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The form a hostname takes for comparison: ASCII (punycode) as the browser reports `location.hostname`, lower case,
 * without `www.` or a trailing dot. Rules are stored as typed, so both sides go through this before they are compared.
 */
export function comparableHostname(hostname: string): string {
  let host = hostname.trim().toLowerCase();
  try {
    host = new URL(`http://${host}/`).hostname;
  } catch {
    // Not parseable: compare it as given; it cannot match a real page's hostname anyway.
  }
  host = host.replace(/\.$/, '');
  return host.startsWith('www.') && host.length > 4 ? host.slice(4) : host;
}

/** The hostname and each parent domain, most specific first ("a.b.com", "b.com", "com"); IP addresses alone. */
export function hostnameAndParents(comparable: string): string[] {
  if (comparable.startsWith('[') || IPV4.test(comparable)) return [comparable];
  const labels = comparable.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}
