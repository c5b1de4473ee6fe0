// ISO 639 codes as language names in English ("de" → "German"); the code when unknown.
const names = new Intl.DisplayNames(['en'], { type: 'language' });

export function languageName(code: string | null | undefined): string {
  if (!code) return 'unknown';
  try { return names.of(code) ?? code; } catch { return code; }
}
