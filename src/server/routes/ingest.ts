// Write endpoints: POST /api/articles with JSON items or uploaded files, and GET /api/meta, which
// tells the UI whether ingest is on. Off unless the server has a write token; then every write
// needs `Authorization: Bearer <token>`, is size-limited and rate-limited, and runs in one queue.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { Store } from '../../store/repository.js';
import { HttpProblem, zodDetail } from '../problem.js';
import { prepareFile, recordOfItem, type PreparedInput } from '../ingest/ingest-batch.js';
import { runIngest } from '../ingest/run-ingest.js';
import { IngestQueue } from '../ingest/ingest-queue.js';
import { MAX_FILE_BYTES, MAX_FILES, MAX_ITEMS, MAX_JSON_BODY_BYTES, MAX_WAITING, WRITES_PER_MINUTE } from '../ingest/limits.js';
import { IngestItem, IngestRequest, type IngestResponse, type Meta } from '../ingest/schemas.js';
import { checkWriteToken } from '../ingest/write-auth.js';
import type { IngestRunner } from '../cluster/ipc-ingest.js';

export interface IngestRouteOptions {
  store: Store;
  writeToken: string | null;
  outletFiles: string[];
  version: string;
  /** Runs accepted ingests (default: one queue in this process). */
  ingest?: IngestRunner;
}

const FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl', 'csv', 'rss', 'atom', 'warc'];
const UNSAFE_NAME_RE = /[\u0000-\u001f\u007f/\\]+/g;

/** A client's file name as a source label: no directories, no control characters, bounded. */
function uploadName(name: string | undefined, n: number): string {
  const clean = (name ?? '').split(/[/\\]/).pop()!.replace(UNSAFE_NAME_RE, ' ').trim().slice(0, 200);
  return `upload:${clean || `file-${n + 1}`}`;
}

async function readUploads(req: FastifyRequest): Promise<PreparedInput[]> {
  const inputs: PreparedInput[] = [];
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue; // form fields carry nothing the upload needs
      inputs.push(await prepareFile(uploadName(part.filename, inputs.length), await part.toBuffer()));
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new HttpProblem(413, 'File too large', `files are limited to ${MAX_FILE_BYTES} bytes`);
    if (code === 'FST_FILES_LIMIT') throw new HttpProblem(413, 'Too many files', `at most ${MAX_FILES} files per request`);
    throw err;
  }
  if (inputs.length === 0) throw new HttpProblem(400, 'No files', 'a multipart request needs at least one file part');
  return inputs;
}

function readItems(body: unknown): PreparedInput[] {
  const req = IngestRequest.safeParse(body);
  if (!req.success) throw new HttpProblem(400, 'Invalid request body', zodDetail(req.error));
  return req.data.items.map((raw, i) => {
    const label = `api:items[${i}]`;
    const item = IngestItem.safeParse(raw);
    if (!item.success) return { label, items: [{ kind: 'failure', failure: { source: label, message: zodDetail(item.error) } }] };
    return { label, items: [{ kind: 'record', record: recordOfItem(item.data, label) }] };
  });
}

export async function ingestRoutes(app: FastifyInstance, options: IngestRouteOptions): Promise<void> {
  const { store, writeToken } = options;
  const meta: Meta = {
    name: 'Parallax', version: options.version, store: store.kind,
    ingest: { enabled: !!writeToken, max_items: MAX_ITEMS, max_files: MAX_FILES, max_file_bytes: MAX_FILE_BYTES, max_body_bytes: MAX_JSON_BODY_BYTES, formats: FORMATS },
  };
  app.get('/api/meta', async () => meta);

  if (!writeToken) {
    app.post('/api/articles', async (_req, reply: FastifyReply) => {
      reply.header('Allow', 'GET');
      throw new HttpProblem(405, 'Ingest is off', 'start the server with --write-token (or PARALLAX_WRITE_TOKEN) to add articles');
    });
    return;
  }

  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES, fields: 20, fieldSize: 1024, parts: MAX_FILES + 20 } });
  const queue = new IngestQueue(MAX_WAITING);
  const ingest: IngestRunner = options.ingest ?? ((inputs) => queue.run(() => runIngest(store, inputs, options.outletFiles)));
  app.post('/api/articles', {
    bodyLimit: MAX_JSON_BODY_BYTES,
    config: { rateLimit: { max: WRITES_PER_MINUTE, timeWindow: '1 minute' } },
    // Before the body is read: unauthenticated clients cannot make the server parse anything.
    onRequest: async (req) => checkWriteToken(req.headers.authorization, writeToken),
  }, async (req, reply) => {
    const json = /^application\/json\b/i.test(req.headers['content-type'] ?? '');
    if (!json && !req.isMultipart()) throw new HttpProblem(415, 'Unsupported media type', 'send application/json items or multipart/form-data files');
    const inputs = json ? readItems(req.body) : await readUploads(req);
    const result: IngestResponse = await ingest(inputs);
    return reply.code(result.failed === result.items.length ? 422 : 200).send(result);
  });
}
