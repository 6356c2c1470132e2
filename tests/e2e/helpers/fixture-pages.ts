/**
 * Served with the saved real pages: their own scripts do not run and nothing outside localhost loads, so the copies
 * behave as a reader-mode snapshot, make no requests of their own to the internet and throw no errors of their own.
 */
export const LOCAL_ONLY_CSP = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'",
};
