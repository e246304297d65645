import { describe, expect, it } from 'vitest';
import { daysLate, milestoneState, projectDelay } from './schedule';
import { titleKey } from './text';

describe('delays against the plan', () => {
  it('tells on time, late, overdue and upcoming milestones by district day', () => {
    expect(milestoneState({ plannedOn: '2026-05-10', actualOn: '2026-05-10' }, '2026-06-01')).toBe('on_time');
    expect(milestoneState({ plannedOn: '2026-05-10', actualOn: '2026-05-13' }, '2026-06-01')).toBe('late');
    expect(daysLate({ plannedOn: '2026-05-10', actualOn: '2026-05-13' }, '2026-06-01')).toBe(3);
    expect(milestoneState({ plannedOn: '2026-05-10', actualOn: null }, '2026-05-10')).toBe('upcoming');
    expect(milestoneState({ plannedOn: '2026-05-10', actualOn: null }, '2026-05-11')).toBe('overdue');
    expect(daysLate({ plannedOn: '2026-02-27', actualOn: null }, '2026-03-02')).toBe(3);
  });

  it('flags a project with an overdue milestone or a late finish', () => {
    const ms = [
      { plannedOn: '2026-03-01', actualOn: '2026-03-05' },
      { plannedOn: '2026-06-01', actualOn: null },
    ];
    expect(projectDelay({ plannedEndOn: '2026-09-30', completedOn: null }, ms, '2026-05-01')).toEqual({
      delayed: false,
      daysLate: 0,
      lateMilestones: 1,
      dueMilestones: 1,
      onTime: 0,
    });
    expect(projectDelay({ plannedEndOn: '2026-09-30', completedOn: null }, ms, '2026-06-11')).toMatchObject({
      delayed: true,
      daysLate: 10,
    });
    expect(projectDelay({ plannedEndOn: '2026-09-30', completedOn: '2026-10-04' }, [], '2026-12-01')).toMatchObject({
      delayed: true,
      daysLate: 4,
    });
  });
});

describe('duplicate titles', () => {
  it('compare alike across widths, spaces, punctuation and case', () => {
    expect(titleKey(' 加装电梯（3号楼） ')).toBe(titleKey('加装电梯(3号楼)'));
    expect(titleKey('Ａ区 路灯')).toBe(titleKey('a区路灯'));
  });
});
