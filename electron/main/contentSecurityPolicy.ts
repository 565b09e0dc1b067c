/**
 * Strict Content-Security-Policy: only our own origin, no remote origins at all, no eval, no inline
 * scripts. Inline styles are allowed because React sets style attributes (positions of the virtualised rows).
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
