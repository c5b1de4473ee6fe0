// Decides whether one paragraph of a clean text is boilerplate (credits, captions, share prompts).
import { BOILERPLATE_PARAGRAPH, CAPTION_CREDIT, DATED_CREDIT_LINE } from './boilerplate-patterns.js';

export function isBoilerplateParagraph(paragraph: string): boolean {
  const p = paragraph.trim();
  if (p.length === 0) return true;
  if (DATED_CREDIT_LINE.test(p)) return true;
  if (p.length < 400 && CAPTION_CREDIT.test(p)) return true;
  return BOILERPLATE_PARAGRAPH.some((re) => re.test(p));
}
