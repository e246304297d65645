/**
 * The residents' rule (民生实事, residents' mode), pure: the most-voted projects that fit the budget,
 * taken in order of votes. Decided and documented here, tested on hand-worked examples and a property
 * test (adoption.test.ts):
 * - Projects are taken in descending order of votes; a project that no longer fits the budget left is
 *   passed over (over_budget) and the next one is considered, as in CONSUL's participatory budgets.
 * - A project with no votes is never adopted (no_votes).
 * - Projects with equal votes are taken together. When all of them fit, all are adopted; when none of
 *   them fits, all are passed over. When some but not all fit, the budget cannot hold the tie: the rule
 *   never breaks it by chance, cost or id. The tie is reported, its members are `tied`, everything
 *   below them waits (`pending`), until the organizer records which of them go ahead (a settlement,
 *   with a public reason); then the rule goes on below the tie with the budget that is left.
 */
export type BallotProject = { id: number; cost: number; votes: number };
export type Outcome = 'adopted' | 'over_budget' | 'tied' | 'pending' | 'no_votes';
export type AdoptionLine = BallotProject & { outcome: Outcome; position: number };
export type Tie = { votes: number; ids: number[]; remaining: number };
/** For a tie at a vote count, the ids the organizer chose to go ahead. */
export type Settlements = Record<number, number[]>;
export type Adoption = { lines: AdoptionLine[]; spent: number; remaining: number; tie: Tie | null };

const byVotes = (a: BallotProject, b: BallotProject) => b.votes - a.votes || a.id - b.id;
const sum = (list: { cost: number }[]) => list.reduce((s, p) => s + p.cost, 0);

/** Whether a settlement can settle this tie: members only, no repeats, within the budget left. */
export function settlementProblem(tie: Tie, members: BallotProject[], chosen: number[]): 'notMember' | 'duplicate' | 'overBudget' | null {
  const ids = new Set(tie.ids);
  if (chosen.some((id) => !ids.has(id))) return 'notMember';
  if (new Set(chosen).size !== chosen.length) return 'duplicate';
  const cost = sum(members.filter((m) => chosen.includes(m.id)));
  return cost > tie.remaining ? 'overBudget' : null;
}

export function adoptByVotes(projects: BallotProject[], budget: number, settlements: Settlements = {}): Adoption {
  const sorted = [...projects].sort(byVotes);
  const lines: AdoptionLine[] = [];
  let remaining = budget;
  let tie: Tie | null = null;
  const push = (p: BallotProject, outcome: Outcome) => lines.push({ ...p, outcome, position: lines.length + 1 });
  for (let i = 0; i < sorted.length;) {
    const votes = sorted[i]!.votes;
    let j = i;
    while (j < sorted.length && sorted[j]!.votes === votes) j++;
    const group = sorted.slice(i, j);
    i = j;
    if (tie) {
      group.forEach((p) => push(p, 'pending'));
      continue;
    }
    if (votes <= 0) {
      group.forEach((p) => push(p, 'no_votes'));
      continue;
    }
    const fitting = group.filter((p) => p.cost <= remaining);
    if (sum(group) <= remaining) {
      group.forEach((p) => push(p, 'adopted'));
      remaining -= sum(group);
    } else if (fitting.length === 0) {
      group.forEach((p) => push(p, 'over_budget'));
    } else {
      const found: Tie = { votes, ids: group.map((p) => p.id), remaining };
      const chosen = settlements[votes];
      if (chosen && settlementProblem(found, group, chosen) === null) {
        group.forEach((p) => push(p, chosen.includes(p.id) ? 'adopted' : 'over_budget'));
        remaining -= sum(group.filter((p) => chosen.includes(p.id)));
      } else {
        tie = found;
        group.forEach((p) => push(p, 'tied'));
      }
    }
  }
  return { lines, spent: budget - remaining, remaining, tie };
}

/** The deputies' rule (票决制): adopted when more than half of the call's deputies vote for it. */
export function adoptedByDeputies(votesFor: number, deputies: number): boolean {
  return deputies > 0 && votesFor * 2 > deputies;
}

export type BallotProblem = 'empty' | 'tooMany' | 'duplicate' | 'notOnBallot' | 'overBudget';

/** A residents' ballot: 1..K distinct projects of this ballot whose costs add up to the budget at most. */
export function ballotProblem(
  choice: number[],
  ballot: { id: number; cost: number }[],
  rule: { budget: number; maxChoices: number },
): BallotProblem | null {
  if (choice.length === 0) return 'empty';
  if (new Set(choice).size !== choice.length) return 'duplicate';
  if (choice.length > rule.maxChoices) return 'tooMany';
  const costOf = new Map(ballot.map((p) => [p.id, p.cost]));
  if (choice.some((id) => !costOf.has(id))) return 'notOnBallot';
  const total = choice.reduce((s, id) => s + costOf.get(id)!, 0);
  return total > rule.budget ? 'overBudget' : null;
}
