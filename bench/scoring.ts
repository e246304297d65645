/**
 * npm run bench:scoring — a full recompute of a cycle of 500 officials over 100,000 survey responses,
 * 50,000 requests and 5,000 review forms (plus inspections and manual values), through the same
 * function the server action uses (source reads + pure scoring + snapshot write), beside a plain SQL
 * pass of the same aggregations over the same rows in the same run. Target: < 2 s per recompute.
 * Writes bench/results/scoring.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../db';
import { applyMigrations } from '../db/migrate';
import * as s from '../db/schema';
import { computeCycle } from '../lib/assessment/compute';
import { insertDefaultIndicators } from '../lib/assessment/defaults';
import { writeResult } from './lib/measure';

const OFFICIALS = Number(process.env.BENCH_OFFICIALS ?? 500);
const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50_000);
const FORMS = Number(process.env.BENCH_FORMS ?? 5_000);
const RUNS = 3;
const YEAR = 2026;

let seed = 11;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const grades = ['excellent', 'competent', 'competent', 'basic', 'incompetent'];
const at = (day: number) => Date.parse(`${YEAR}-01-01T09:00:00+08:00`) + day * 86_400_000;

function synthesize(database: Db) {
  const sql = database.$client;
  const unit = sql.prepare(
    'insert into units (parent_id, kind, name, path, households, created_at) values (?, ?, ?, ?, ?, 0) returning id',
  );
  const setPath = sql.prepare('update units set path = ? where id = ?');
  const official = sql.prepare(
    "insert into officials (unit_id, name, position, grade, bio, active, created_at) values (?, ?, '职务', 'section', '', 1, 0)",
  );
  sql.transaction(() => {
    const district = (unit.get(null, 'district', '区', '', null) as { id: number }).id;
    setPath.run(`/${district}/`, district);
    const communities: number[] = [];
    const holders: number[] = [district];
    for (let st = 0; st < 6; st++) {
      const street = (unit.get(district, 'street', `街道${st}`, '', null) as { id: number }).id;
      setPath.run(`/${district}/${street}/`, street);
      holders.push(street);
      for (let c = 0; c < 10; c++) {
        const community = (unit.get(street, 'community', `社区${st}-${c}`, '', 3000) as { id: number }).id;
        setPath.run(`/${district}/${street}/${community}/`, community);
        communities.push(community);
        holders.push(community);
      }
    }
    for (let k = 0; k < OFFICIALS; k++) official.run(holders[k % holders.length], `干部${k}`);
    sql
      .prepare("insert into staff (username, display_name, password_hash, role, created_at) values ('bench', 'bench', 'x', 'organizer', 0)")
      .run();

    sql.prepare("insert into survey_templates (name, questions, checklist, created_at) values ('t', '[]', '[]', 0)").run();
    sql
      .prepare(
        "insert into surveys (name, year, template_id, status, sample_percent, target_response_percent, created_at) values ('s', ?, 1, 'closed', 10, 60, 0)",
      )
      .run(YEAR);
    const household = sql.prepare('insert into households (community_id, id_hash) values (?, ?) returning id');
    const sample = sql.prepare('insert into survey_samples (survey_id, household_id, community_id, position) values (1, ?, ?, ?)');
    const response = sql.prepare(
      "insert into survey_responses (survey_id, community_id, household_id, channel, answers, score, created_at) values (1, ?, ?, 'online', '{}', ?, 0)",
    );
    for (let k = 0; k < RESPONSES; k++) {
      const community = communities[k % communities.length]!;
      const hh = (household.get(community, `h${k}`) as { id: number }).id;
      sample.run(hh, community, k);
      response.run(community, hh, int(0, 4) * 25);
    }

    sql
      .prepare(
        "insert into request_categories (code, name_zh, name_en, respond_days, resolve_days, active) values ('c', '类', 'c', 1, 5, 1)",
      )
      .run();
    const request = sql.prepare(
      "insert into requests (number, category_id, community_id, description, channel, status, assigned_official_id, respond_by, resolve_by, resolved_at, satisfaction, reopen_count, created_at) values (?, 1, ?, 'x', 'online', ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    for (let k = 0; k < REQUESTS; k++) {
      const day = int(0, 360);
      const resolved = rand() < 0.85 ? at(day + int(1, 8)) : null;
      request.run(
        `B-${k}`,
        communities[k % communities.length],
        resolved ? 'confirmed' : 'in_progress',
        1 + (k % OFFICIALS),
        at(day + 1),
        at(day + 5),
        resolved,
        resolved && rand() < 0.7 ? int(1, 5) : null,
        rand() < 0.05 ? 1 : 0,
        at(day),
      );
    }

    const meeting = sql.prepare(
      'insert into review_meetings (official_id, held_on, place, attendees, created_at) values (?, ?, ?, 30, 0) returning id',
    );
    const form = sql.prepare(
      "insert into review_forms (meeting_id, channel, morality, ability, diligence, achievement, integrity, created_at) values (?, 'paper', ?, ?, ?, ?, ?, 0)",
    );
    const perMeeting = Math.max(1, Math.round(FORMS / OFFICIALS));
    for (let k = 0, o = 0; k < FORMS; o++) {
      const id = (meeting.get(1 + (o % OFFICIALS), `${YEAR}-11-${String(1 + (o % 28)).padStart(2, '0')}`, '会议室') as { id: number }).id;
      for (let f = 0; f < perMeeting && k < FORMS; f++, k++) form.run(id, ...Array.from({ length: 5 }, () => grades[int(0, 4)]));
    }

    const site = sql.prepare(
      "insert into sites (name, kind, unit_id, address, active, created_at) values ('工地', 'renovation', ?, '', 1, 0) returning id",
    );
    const inspection = sql.prepare(
      "insert into inspections (site_id, methods, starts_on, ends_on, findings, recorded_by, created_at) values (?, '[\"look\"]', ?, ?, 'f', 1, 0) returning id",
    );
    const rated = sql.prepare('insert into inspection_officials (inspection_id, official_id, rating) values (?, ?, ?)');
    const siteId = (site.get(district) as { id: number }).id;
    for (let k = 0; k < OFFICIALS * 4; k++) {
      const day = `${YEAR}-0${1 + (k % 9)}-15`;
      const id = (inspection.get(siteId, day, day) as { id: number }).id;
      rated.run(id, 1 + (k % OFFICIALS), int(1, 5));
    }
  })();

  const cycle = database
    .insert(s.assessmentCycles)
    .values({
      name: 'bench',
      year: YEAR,
      startsOn: `${YEAR}-01-01`,
      endsOn: `${YEAR}-12-31`,
      gradeThresholds: { excellent: 90, competent: 75, basic: 60 },
    })
    .returning()
    .get();
  insertDefaultIndicators(database, cycle.id);
  const manual = database
    .select()
    .from(s.indicators)
    .all()
    .find((i) => i.source === 'manual')!;
  const enter = sql.prepare("insert into manual_scores (indicator_id, official_id, value, note) values (?, ?, ?, '')");
  sql.transaction(() => {
    for (let o = 1; o <= OFFICIALS; o++) enter.run(manual.id, o, int(60, 98));
  })();
  return cycle.id;
}

/** The same aggregations written as plain SQL, read into memory, nothing else. */
function plainSqlPass(database: Db) {
  const sql = database.$client;
  const from = `${YEAR}-01-01`;
  const to = `${YEAR}-12-31`;
  const start = Date.parse(`${from}T00:00:00+08:00`);
  const end = Date.parse(`${to}T00:00:00+08:00`) + 86_400_000;
  const pts = (c: string) => `case ${c} when 'excellent' then 100 when 'competent' then 75 when 'basic' then 50 else 0 end`;
  return [
    sql
      .prepare(
        'select community_id, count(*), avg(score) from survey_responses where survey_id in (select id from surveys where year = ?) group by community_id',
      )
      .all(YEAR),
    sql
      .prepare(
        'select community_id, count(*) from survey_samples where survey_id in (select id from surveys where year = ?) group by community_id',
      )
      .all(YEAR),
    sql
      .prepare(
        `select m.official_id, count(*), avg((${['morality', 'ability', 'diligence', 'achievement', 'integrity'].map((d) => pts(`f.${d}`)).join(' + ')}) / 5.0) from review_forms f join review_meetings m on m.id = f.meeting_id where m.held_on between ? and ? group by m.official_id`,
      )
      .all(from, to),
    sql
      .prepare(
        'select io.official_id, count(*), avg(io.rating) from inspection_officials io join inspections i on i.id = io.inspection_id where i.starts_on between ? and ? group by io.official_id',
      )
      .all(from, to),
    sql
      .prepare(
        'select assigned_official_id, count(*), sum(resolved_at is not null), sum(resolved_at is not null and resolved_at <= resolve_by), avg(satisfaction) from requests where assigned_official_id is not null and created_at >= ? and created_at < ? group by assigned_official_id',
      )
      .all(start, end),
    sql.prepare('select official_id, value from manual_scores').all(),
  ];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minping-scoring-'));
  const database = openDatabase(path.join(dir, 'bench.db'));
  try {
    applyMigrations(database);
    const t0 = performance.now();
    const cycleId = synthesize(database);
    console.error(`synthesized in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const recompute: number[] = [];
    const plain: number[] = [];
    let scored = 0;
    for (let run = 0; run < RUNS; run++) {
      // Retire the current snapshot so each run is a full recompute, not the unchanged-inputs shortcut.
      database.update(s.scoreSnapshots).set({ current: false }).where(eq(s.scoreSnapshots.cycleId, cycleId)).run();
      let t = performance.now();
      const outcome = await computeCycle(database, cycleId, null);
      recompute.push((performance.now() - t) / 1000);
      if (!outcome?.ok) throw new Error('compute refused');
      scored = outcome.scored;
      t = performance.now();
      plainSqlPass(database);
      plain.push((performance.now() - t) / 1000);
    }
    const result = {
      officials: OFFICIALS,
      scored,
      surveyResponses: RESPONSES,
      requests: REQUESTS,
      reviewForms: FORMS,
      inspections: OFFICIALS * 4,
      recompute: { seconds: median(recompute), runs: recompute },
      plainSql: { seconds: median(plain), runs: plain },
      ratio: median(recompute) / median(plain),
      target: '< 2 s',
      met: median(recompute) < 2,
    };
    writeResult('scoring', result);
    console.log(
      `full recompute of ${OFFICIALS} officials: ${result.recompute.seconds.toFixed(3)} s (median of ${RUNS}) · plain SQL pass over the same rows: ${result.plainSql.seconds.toFixed(3)} s · target < 2 s: ${result.met ? 'met' : 'NOT met'}`,
    );
  } finally {
    database.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
