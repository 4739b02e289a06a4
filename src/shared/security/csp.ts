/**
 * The renderer's Content-Security-Policy. The app is offline: no remote origin appears anywhere.
 * `style-src 'unsafe-inline'` is needed by Mantine's runtime styles; `blob:` frames/images carry
 * the print preview. `src/renderer/index.html` repeats this exact text in its meta tag (a test
 * compares them) and both the browser-mode server and the app:// protocol send it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
