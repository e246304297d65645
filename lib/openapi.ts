import { projectPaths } from '@/lib/projects/openapi';

const yearParam = { name: 'year', in: 'path', required: true, schema: { type: 'integer', example: 2026 } };
const formatParam = {
  name: 'format',
  in: 'query',
  required: false,
  schema: { type: 'string', enum: ['csv'] },
  description: 'CSV, UTF-8 with BOM',
};
const langParam = {
  name: 'lang',
  in: 'query',
  required: false,
  schema: { type: 'string', enum: ['zh-CN', 'en'] },
  description: 'With format=csv: a header row of column names for readers in that language (the downloads offered on the pages). Without it, the field names documented here; the columns and values are the same either way.',
};
const published = 'Published data carries an ETag and may be cached; unpublished data is sent with Cache-Control: no-store.';

/** The open data API, for journalists and anyone who wants to check the count. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Minping open data',
    version: '1',
    description: `CORS open; read-only except for casting a ballot and filing a request. ${published}`,
  },
  paths: {
    ...projectPaths,
    '/api/v1/selections': {
      get: {
        summary: 'Every year with its stage and links',
        responses: { 200: { description: '{ selections: [{ year, title, stage, links }] }' } },
      },
    },
    '/api/v1/selections/{year}': {
      get: {
        summary: 'The selection, adopted criteria, candidates and live turnout (never per-candidate counts)',
        parameters: [yearParam],
        responses: { 200: { description: 'Selection' }, 404: { description: 'No such selection' } },
      },
    },
    '/api/v1/selections/{year}/results': {
      get: {
        summary: 'Ranking and winners; 404 until published',
        parameters: [yearParam, formatParam, langParam],
        responses: {
          200: {
            description:
              '{ year, ballotsCast, candidates: [{ id, name, unit, position, votes, rank, winner, share }], fingerprints: { receipts, ballots, tally } }',
          },
          404: { description: 'Not published yet' },
        },
      },
    },
    '/api/v1/selections/{year}/ballots': {
      get: {
        summary:
          'The ballot log, streamed: one line per ballot { "choices": [candidate ids] }, in the shuffled order whose SHA-256 is published',
        parameters: [yearParam, formatParam],
        responses: { 200: { description: 'application/x-ndjson' }, 404: { description: 'Not published yet' } },
      },
    },
    '/api/v1/selections/{year}/receipts': {
      get: {
        summary: 'Sorted SHA-256 hashes of the receipts, one per line',
        parameters: [yearParam],
        responses: { 200: { description: 'text/plain' }, 404: { description: 'Not published yet' } },
      },
    },
    '/api/v1/selections/{year}/ballot-box': {
      get: {
        summary:
          'Encrypted selections: every accepted ballot from the first vote on, one JSON line each: { tracker, origin: device | kiosk | server }',
        parameters: [yearParam],
        responses: { 200: { description: 'application/x-ndjson' }, 404: { description: 'No such encrypted selection' } },
      },
    },
    '/api/v1/selections/{year}/archive.bel': {
      get: {
        summary: 'Encrypted selections: the Belenios 2.5 event archive (partial decryptions and result once published)',
        parameters: [yearParam],
        responses: { 200: { description: 'application/x-tar' }, 404: { description: 'No such encrypted selection' } },
      },
    },
    '/api/v1/selections/{year}/tally': {
      get: {
        summary: 'The tally file whose SHA-256 is published',
        parameters: [yearParam],
        responses: { 200: { description: 'application/json' }, 404: { description: 'Not published yet' } },
      },
    },
    '/api/v1/selections/{year}/chart.svg': {
      get: {
        summary: "The published results' bar chart, as the results page shows it",
        parameters: [yearParam, langParam],
        responses: { 200: { description: 'image/svg+xml' }, 404: { description: 'Not published yet' } },
      },
    },
    '/api/v1/communities': {
      get: {
        summary:
          'Every community with its latest published star rating, the change since the round before, and the formula and inputs behind it',
        parameters: [formatParam, langParam],
        responses: {
          200: {
            description:
              '{ round: { surveyId, name, year, publishedAt, formula } | null, communities: [{ id, name, street, stars, previousStars, score, inputs, links }] }; stars 0 = too few responses',
          },
        },
      },
    },
    '/api/v1/communities/{id}/ratings': {
      get: {
        summary: "One community's published star ratings, oldest first, each with its formula and inputs (recompute with the formula)",
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }, formatParam, langParam],
        responses: {
          200: { description: '{ id, name, street, ratings: [{ surveyId, cycle, year, publishedAt, stars, score, inputs, formula }] }' },
          404: { description: 'No such community' },
        },
      },
    },
    '/api/v1/surveys/{id}/sample': {
      get: {
        summary:
          "A survey's sampling file: seed hash, seed (after reveal), register fingerprint, recipe, and per community the register hashes and the drawn hashes in order",
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: { 200: { description: 'application/json (attachment)' }, 404: { description: 'Not drawn yet' } },
      },
    },
    '/api/v1/assessment/{year}': {
      get: {
        summary:
          'What organizers published of the year’s assessment of officials, from exactly the snapshot they published; never composite scores or ranks',
        parameters: [yearParam],
        responses: {
          200: {
            description:
              '{ year, cycles: [{ name, publishedAt, distribution: { excellent, competent, basic, incompetent } | null, excellent: [{ officialId, name, unit, position }] | null }] }',
          },
          404: { description: 'Nothing published for this year' },
        },
      },
    },
    '/api/v1/ballots': {
      post: {
        summary: 'Cast a ballot (community kiosks, mini-programs)',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  {
                    type: 'object',
                    description:
                      'Plain choices with the code; in an encrypted selection the server seals them for the voter and keeps no plain choice',
                    required: ['selection', 'code', 'candidates'],
                    properties: {
                      selection: { type: 'integer' },
                      code: { type: 'string' },
                      candidates: { type: 'array', items: { type: 'integer' } },
                    },
                  },
                  {
                    type: 'object',
                    description: 'Encrypted selections: a Belenios 2.5 ballot sealed and signed by the kiosk or app itself',
                    required: ['selection', 'ballot'],
                    properties: {
                      selection: { type: 'integer' },
                      ballot: { type: 'string', description: 'the ballot JSON, exactly as hashed' },
                    },
                  },
                ],
              },
            },
          },
        },
        responses: {
          201: { description: '{ trackingCode }' },
          400: { description: 'invalidJson' },
          403: { description: 'unknownCode, notOpen, closed, origin' },
          409: { description: 'usedCode' },
          410: { description: 'revokedCode' },
          422: { description: 'invalid choice' },
          429: { description: 'rateLimited' },
        },
      },
    },
    '/api/v1/requests': {
      get: {
        summary:
          'What a client needs to file a request: the categories (code, names, deadlines in working days) and the communities (id, name, street)',
        responses: {
          200: { description: '{ categories: [{ code, zh, en, respondDays, resolveDays }], communities: [{ id, name, street }] }' },
        },
      },
      post: {
        summary:
          'File a resident’s request (诉求). Answers the tracking number and a confirmation key shown only once: the key is what lets the resident confirm or reopen later. No session, CORS open, rate limited per address.',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['category', 'community', 'description'],
                properties: {
                  category: { type: 'string', description: 'a category code from GET /api/v1/requests', example: 'sanitation' },
                  community: { type: 'integer', description: 'a community id from GET /api/v1/requests' },
                  description: { type: 'string', minLength: 5, maxLength: 1000 },
                  contactName: { type: 'string', maxLength: 40, description: 'optional; staff only, never published' },
                  contactPhone: { type: 'string', maxLength: 20, description: 'optional; staff only, never published' },
                },
              },
            },
          },
        },
        responses: {
          201: { description: '{ number, key, status: "received", statusUrl }' },
          400: { description: '{ error: "invalidJson", message }' },
          422: { description: '{ error: "invalid", message, fields: { field: [message key] } }' },
          429: { description: 'rateLimited' },
        },
      },
    },
    '/api/v1/requests/{number}': {
      get: {
        summary:
          'Public status and history of a request: status, category, community, deadlines, dates, overdue, what was done, the public notes. Never the description, the contact or staff identities.',
        parameters: [{ name: 'number', in: 'path', required: true, schema: { type: 'string', example: '2026-000123' } }],
        responses: {
          200: {
            description:
              '{ number, status, channel, category: { code, zh, en }, community, street, handledBy, filedAt, respondBy, resolveBy, respondedAt, resolvedAt, resolution, confirmedAt, satisfaction, reopenCount, overdue: null | "respond" | "resolve", history: [{ at, status, note }] }',
          },
          404: { description: 'No such request' },
        },
      },
    },
  },
} as const;
