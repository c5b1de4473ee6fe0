// The write token check: 401 without credentials, 403 with the wrong ones (constant-time compare).
import { timingSafeEqual } from 'node:crypto';
import { HttpProblem } from '../problem.js';

const BEARER_RE = /^Bearer\s+(\S+)\s*$/i;

export function checkWriteToken(header: string | undefined, token: string): void {
  const m = BEARER_RE.exec(header ?? '');
  if (!m) throw new HttpProblem(401, 'Unauthorized', 'writes need Authorization: Bearer <write token>');
  const got = Buffer.from(m[1]);
  const expected = Buffer.from(token);
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) throw new HttpProblem(403, 'Forbidden', 'the write token is not valid');
}
