// The livelihood projects part of the open data API document (merged into lib/openapi.ts).
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
const csvParam = {
  name: 'format',
  in: 'query',
  required: false,
  schema: { type: 'string', enum: ['csv'] },
  description: 'CSV, UTF-8 with BOM',
};
const money = 'Money in whole yuan (元); days as YYYY-MM-DD, district time.';

export const projectPaths = {
  '/api/v1/projects/calls/{id}/archive.bel': {
    get: {
      summary:
        "A residents' call's encrypted vote: its Belenios 2.5 event archive (partial decryptions and result once the call is decided)",
      parameters: [idParam],
      responses: { 200: { description: 'application/x-tar' }, 404: { description: 'No such call, or no sealed encrypted vote' } },
    },
  },
  '/api/v1/projects': {
    get: {
      summary: `Adopted livelihood projects (民生实事项目) by street, year and status. ${money}`,
      parameters: [
        { name: 'street', in: 'query', required: false, schema: { type: 'integer' } },
        { name: 'year', in: 'query', required: false, schema: { type: 'integer' } },
        {
          name: 'status',
          in: 'query',
          required: false,
          schema: { type: 'string', enum: ['planned', 'in_progress', 'completed', 'delayed'] },
        },
        csvParam,
      ],
      responses: {
        200: {
          description:
            '{ projects: [{ id, title, year, street, community, responsibleUnit, budget, status, progress, startsOn, plannedEndOn, completedOn, delayed, daysLate, links }] }',
        },
      },
    },
  },
  '/api/v1/projects/{id}': {
    get: {
      summary:
        'One project: places, responsible unit and officials, budget, milestones, progress with photos, timeline of every change, rating, comments',
      parameters: [idParam],
      responses: { 200: { description: 'Project' }, 404: { description: 'No such project' } },
    },
  },
  '/api/v1/projects/milestones': {
    get: {
      summary: 'Every milestone of every project, planned and actual days',
      parameters: [csvParam],
      responses: { 200: { description: '{ milestones: [{ projectId, project, year, milestone, plannedOn, actualOn }] }' } },
    },
  },
  '/api/v1/projects/ratings': {
    get: {
      summary: "Households' ratings of completed projects: households given a code, ratings, mean and the count of each score 1–5",
      parameters: [csvParam],
      responses: { 200: { description: '{ ratings: [{ projectId, project, year, completedOn, households, ratings, mean, counts }] }' } },
    },
  },
  '/api/v1/projects/photos/{id}': {
    get: {
      summary: 'A progress photo (WebP, resized on upload, no metadata)',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'image/webp' }, 404: { description: 'No such photo' } },
    },
  },
  '/api/v1/project-calls': {
    get: {
      summary: "Each year's calls for livelihood projects with the rule published at opening",
      responses: { 200: { description: '{ calls: [{ id, year, title, unit, mode, stage, budget, rule, links }] }' } },
    },
  },
  '/api/v1/project-calls/{id}': {
    get: {
      summary:
        'A call: every proposal with its screening (status, public reason, estimated cost, responsible unit); once decided, the result with its counts and the deputies',
      parameters: [idParam],
      responses: { 200: { description: 'Call; results and deputies are null until the decision' }, 404: { description: 'No such call' } },
    },
  },
  '/api/v1/project-calls/{id}/votes': {
    get: {
      summary: "Each deputy's vote (for / against / none) on each project of a decided call (人大代表票决)",
      parameters: [idParam, csvParam],
      responses: {
        200: { description: '{ votes: [{ deputy, proposalId, project, choice }] }' },
        404: { description: 'No such call, or not decided yet' },
      },
    },
  },
} as const;
