// The renderer's Content-Security-Policy, one string for every host that serves the renderer
// (the web host's headers, the Electron protocol handler) and the renderer's <meta> tag (a
// test keeps them equal): only our own files, no inline script, no remote origins, no plugins,
// no framing. Here, not in one host, so neither host imports the other.
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
