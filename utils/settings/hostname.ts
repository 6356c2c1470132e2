import { i18n } from '@/utils/i18n/page-i18n';
import { MAX_HOSTNAME_LENGTH } from './defaults';

/** A normalised hostname, or the reason the input is not one. */
export type HostnameResult = { ok: true; hostname: string } | { ok: false; error: string };

// One label: letters (any script, so internationalised names stay as typed), digits, marks and inner hyphens.
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** Why text is not a hostname: the catalogue's `hostname.*` message for each, and what it is told. */
type Problem = [
  code:
    | 'empty'
    | 'notWeb'
    | 'noName'
    | 'tooLong'
    | 'badIpv6'
    | 'badIp'
    | 'emptyPart'
    | 'longPart'
    | 'badLetters'
    | 'invalid',
  args?: (string | number)[],
];

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

/** The site-rule key for `input`, or the problem with it (a code, so pages that only read rules carry no messages). */
function checkHostname(input: string): string | Problem {
  const text = input.trim();
  if (!text) return ['empty'];
  const part = hostPart(text);
  if (part === null) return ['notWeb', [quoted(text)]];
  let host = part.normalize('NFC').toLowerCase().replace(/\.$/, '');
  if (host.startsWith('*.')) host = host.slice(2);
  if (host.startsWith('www.') && host.length > 4) host = host.slice(4);
  if (!host) return ['noName', [quoted(text)]];
  if (host.length > MAX_HOSTNAME_LENGTH) return ['tooLong', [MAX_HOSTNAME_LENGTH, host.length]];
  if (host.startsWith('[')) return canParse(host) ? host : ['badIpv6', [quoted(text)]];
  if (IPV4.test(host)) return host.split('.').some((n) => Number(n) > 255) ? ['badIp', [quoted(text)]] : host;
  for (const label of host.split('.')) {
    if (!label) return ['emptyPart', [quoted(text)]];
    if (label.length > 63) return ['longPart', [label.slice(0, 20)]];
    if (!LABEL.test(label)) return ['badLetters', [quoted(text)]];
  }
  return canParse(host) ? host : ['invalid', [quoted(text)]];
}

/** The normalised site-rule key for `input`, or null when it is not a hostname (no reason given). */
export function hostnameKey(input: string): string | null {
  const checked = checkHostname(input);
  return typeof checked === 'string' ? checked : null;
}

/**
 * Turns what a reader typed — a hostname or a pasted address — into the key used for site rules: lower case,
 * without a leading `www.`, `*.` or trailing dot, internationalised names kept in the script they were typed in.
 */
export function normaliseHostname(input: string): HostnameResult {
  const checked = checkHostname(input);
  if (typeof checked === 'string') return { ok: true, hostname: checked };
  const [code, args] = checked;
  // Every code has its message in the catalogue; the key is built, so its type is widened for the call.
  const message = i18n.t as (key: string, subs?: (string | number)[]) => string;
  return { ok: false, error: message(`hostname.${code}`, args) };
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
