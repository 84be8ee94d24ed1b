/** A database URL with its password replaced, so it can be logged. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    // Not a URL (e.g. a libpq key=value string): hide any password=… pair.
    return url.replace(/(password\s*=\s*)(\S+)/gi, '$1***');
  }
}
