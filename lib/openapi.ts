const yearParam = { name: 'year', in: 'path', required: true, schema: { type: 'integer', example: 2026 } };
const formatParam = {
  name: 'format',
  in: 'query',
  required: false,
  schema: { type: 'string', enum: ['csv'] },
  description: 'CSV, UTF-8 with BOM',
};
const published = 'Published data carries an ETag and may be cached; unpublished data is sent with Cache-Control: no-store.';

/** The open data API, for journalists and anyone who wants to check the count. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Minping open data', version: '1', description: `Read-only, CORS open. ${published}` },
  paths: {
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
        parameters: [yearParam, formatParam],
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
    '/api/v1/selections/{year}/tally': {
      get: {
        summary: 'The tally file whose SHA-256 is published',
        parameters: [yearParam],
        responses: { 200: { description: 'application/json' }, 404: { description: 'Not published yet' } },
      },
    },
    '/api/v1/assessment/{year}': {
      get: {
        summary: 'What organizers published of the year’s assessment of officials; never composite scores or ranks',
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
                type: 'object',
                required: ['selection', 'code', 'candidates'],
                properties: {
                  selection: { type: 'integer' },
                  code: { type: 'string' },
                  candidates: { type: 'array', items: { type: 'integer' } },
                },
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
  },
} as const;
