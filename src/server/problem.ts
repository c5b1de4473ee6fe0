// Errors as RFC 9457 problem details (application/problem+json), never stack traces.
import type { FastifyReply } from 'fastify';
import type { ZodError } from 'zod';

export class HttpProblem extends Error {
  constructor(readonly status: number, readonly title: string, readonly detail?: string) {
    super(detail ?? title);
  }
}

export function sendProblem(reply: FastifyReply, status: number, title: string, detail?: string) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status, ...(detail ? { detail } : {}), instance: reply.request.url.slice(0, 500) });
}

export function zodDetail(err: ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
}
