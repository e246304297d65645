import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCommands } from '@/lib/commands';

/**
 * Every server action and route handler is a door into the system. This test lists them from the
 * source itself, so a new one that is not classified here (and so not covered by the authorization
 * matrix or a browser test) fails the suite.
 */
const publicActions: Record<string, string> = {
  'lib/auth/actions.ts#signInAction': 'sign-in: rate limited per account and address',
  'lib/auth/actions.ts#signOutAction': 'ends the own session only',
  'lib/preferences/actions.ts#setLocale': 'own cookie; Origin checked',
  'lib/preferences/actions.ts#setElderMode': 'own cookie; Origin checked',
  'lib/selection/vote-actions.ts#enterCode': 'ballot code, rate limited',
  'lib/selection/vote-actions.ts#reviewChoices': 'ballot in the voter cookie',
  'lib/selection/vote-actions.ts#confirmBallot': 'casts; code checked in the transaction',
  'lib/selection/public-actions.ts#proposeCriterion': 'held for moderation, rate limited',
  'lib/selection/public-actions.ts#endorseCriterion': 'once per address per day',
  'lib/selection/public-actions.ts#nominate': 'held for review, rate limited',
  'lib/requests/public-actions.ts#fileRequestAction': 'resident files a request; Origin checked, rate limited',
  'lib/requests/public-actions.ts#residentAnswerAction': 'confirm or reopen with the confirmation key; wrong keys rate limited',
  'lib/reviews/public-actions.ts#enterReviewCode': 'review-form code, rate limited per address',
  'lib/reviews/public-actions.ts#submitReviewForm': 'code from the cookie, burnt in the same transaction',
  'lib/surveys/public-actions.ts#openQuestionnaire': 'survey code, rate limited; reads only',
  'lib/surveys/public-actions.ts#submitQuestionnaire': 'survey code burnt with the response in one transaction',
  'lib/projects/public-actions.ts#proposeWithCode': 'proposal code burnt with the proposal in one transaction; wrong codes rate limited',
  'lib/projects/public-actions.ts#rateWithCode': 'household rating code burnt with the rating; wrong codes rate limited',
  'lib/projects/public-actions.ts#commentOnProject': 'held for moderation; Origin checked, rate limited per address',
  'lib/projects/public-actions.ts#castProjectBallot': 'checks the choice only; casting is the unwired seam (stores nothing)',
};

const routes: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts#GET,POST': 'Auth.js; POST checks Origin',
  'app/api/health/route.ts#GET': 'public',
  'app/api/v1/ping/route.ts#GET': 'public',
  'app/api/v1/openapi.json/route.ts#GET': 'public',
  'app/api/v1/ballots/route.ts#POST': 'ballot code; Origin checked when sent',
  'app/api/v1/requests/route.ts#GET,POST': 'public: categories and communities; filing rate limited, no session involved',
  'app/api/v1/requests/[number]/route.ts#GET': 'public status and history, no personal data',
  'app/api/v1/selections/route.ts#GET': 'public, no counts',
  'app/api/v1/selections/[year]/route.ts#GET': 'public, no counts',
  'app/api/v1/selections/[year]/results/route.ts#GET': 'public after publication',
  'app/api/v1/selections/[year]/ballots/route.ts#GET': 'public after publication',
  'app/api/v1/selections/[year]/receipts/route.ts#GET': 'public after publication',
  'app/api/v1/selections/[year]/tally/route.ts#GET': 'public after publication',
  'app/api/v1/communities/route.ts#GET': 'public, published ratings only',
  'app/api/v1/communities/[id]/ratings/route.ts#GET': 'public, published ratings only',
  'app/api/v1/surveys/[id]/sample/route.ts#GET': 'public after the draw; hashes only, seed after reveal',
  'app/api/staff/roster/preview/route.ts#POST': 'officials.import + Origin',
  'app/api/staff/roster/template/route.ts#GET': 'officials.import',
  'app/api/staff/selections/[id]/codes/route.ts#POST': 'codes.issue + Origin + community scope',
  'app/api/v1/assessment/[year]/route.ts#GET': 'public: only the items organizers published',
  'app/api/staff/assessment/[id]/compute/route.ts#POST': 'assessment.manage + Origin + district-wide account',
  'app/api/staff/assessment/[id]/export/route.ts#GET': 'scores.read + unit scope in the query',
  'app/api/v1/projects/route.ts#GET': 'public: adopted projects',
  'app/api/v1/projects/[id]/route.ts#GET': 'public: one project, shown comments only',
  'app/api/v1/projects/milestones/route.ts#GET': 'public',
  'app/api/v1/projects/ratings/route.ts#GET': 'public: counts per score, no link to households',
  'app/api/v1/projects/photos/[id]/route.ts#GET': 'public: photos of progress reports, random ids',
  'app/api/v1/project-calls/route.ts#GET': 'public: calls once opened, no counts',
  'app/api/v1/project-calls/[id]/route.ts#GET': 'public: proposals and screening; counts only once decided',
  'app/api/v1/project-calls/[id]/votes/route.ts#GET': "public after the decision: each deputy's vote by name",
};

function files(dir: string, match: (f: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, match) : match(p) ? [p] : [];
  });
}

describe('every door is classified', () => {
  const serverModules = files('lib', (f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).filter((f) =>
    /^'use server';/.test(fs.readFileSync(f, 'utf8')),
  );

  it('every staff server action goes through the wrapper with a command in the authorization matrix', () => {
    const commandObjects = new Set(Object.values(allCommands));
    for (const file of serverModules) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/export const (\w+) = staffAction\(commands\.(\w+)/g)) {
        const dir = path.dirname(file);
        const source = /import \{ commands \} from '\.\/([\w-]+)'/.exec(text)![1]!;
        const commandsModule = fs.readFileSync(path.join(dir, `${source}.ts`), 'utf8');
        expect(commandsModule, `${file}#${m[1]}`).toContain(`${m[2]}: defineCommand(`);
      }
    }
    expect(commandObjects.size).toBe(Object.keys(allCommands).length);
  });

  it('every other server action and every route handler is listed with its access rule', () => {
    const foundActions = serverModules.flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return [...text.matchAll(/export (?:async function|const) (\w+)/g)]
        .filter((m) => !new RegExp(`export const ${m[1]} = staffAction`).test(text))
        .map((m) => `${file}#${m[1]}`);
    });
    expect(foundActions.sort()).toEqual(Object.keys(publicActions).sort());

    const foundRoutes = files('app', (f) => f.endsWith('route.ts')).map((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const methods = [...text.matchAll(/export (?:async function|function|const|\{) ?(GET|POST|PUT|PATCH|DELETE)?/g)]
        .map((m) => m[1])
        .filter(Boolean);
      const reexport = /export \{ ([^}]+) \}/
        .exec(text)?.[1]
        ?.split(',')
        .map((s) => s.trim());
      return `${file}#${[...new Set([...(reexport ?? []), ...(methods as string[])])].sort().join(',')}`;
    });
    expect(foundRoutes.sort()).toEqual(Object.keys(routes).sort());
  });
});
