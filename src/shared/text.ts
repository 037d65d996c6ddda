// Text normalisation, one definition for every part of the extension.

/** Collapse white space (U+00A0 included: `\s` takes it in) and trim. Case is kept. */
export function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Page text for matching: white space collapsed, lower-cased. Zero-width characters are kept on purpose, so a
 * spoofed "Pipe\u200b17" does not match.
 */
export function norm(s: string | null | undefined): string {
  return squash(s).toLowerCase();
}
