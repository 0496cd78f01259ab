// The renderer's Content-Security-Policy, shared by the web host's headers and the
// renderer's <meta> tag (a test keeps them equal): only our own files, no inline script,
// no remote origins, no plugins, no framing.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Browsers ignore frame-ancestors in a <meta> tag, so only the HTTP header carries it. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
