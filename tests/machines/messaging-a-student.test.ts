import { wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import machineRouting from '../../machines/decisions/messaging-a-student';
import { conditionClauses, decide, readingsOf } from '../helpers/decide';

const machine = wordedMachine(machineRouting);

/** Where these answers lead, for a message not sent yet. */
const message = (...answers: string[]) => decide(machine, 'notYet', ...answers);

describe('question: isAboutCourseOrClub (3a)', () => {
  it('a direct message about weekend plans is not allowed: correspondence must be about course work or school clubs and activities', () => {
    expect(message('no').meta).toMatchObject({ verdict: 'not-allowed', cites: ['3a'] });
  });

  it('not knowing whether the club is sanctioned means finding out first', () => {
    expect(message('notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['3a'] });
  });

  it('a student reaching out about their safety: as online correspondence it is not allowed (3(a) makes no exception), and the practical steps come first, marked as the site’s advice', () => {
    const { meta } = message('crisis');
    // Not a gap in the policy ("not decided"): 3(a) decides it; the site's reading says what it leaves to the school.
    expect(meta).toMatchObject({ verdict: 'not-allowed', cites: ['3a', '3e'] });
    expect(readingsOf(meta)).toContain('3a/safety');
    const steps = meta.kind === 'outcome' ? (meta.nextSteps ?? []) : [];
    // The practical steps (emergency services, the principal or counsellor) first, as advice; then the policy's words.
    expect(steps.map((step) => step.says)).toEqual(['advice', 'advice', 'policy', 'policy']);
    // A friend or follow connection used to keep in touch is still one 3(e) governs: in the policy's words.
    expect(steps.filter((step) => step.says === 'policy').flatMap((step) => step.cites)).toEqual(['3a', '3e']);
  });
});

describe('question: isGroupConversation, and the group requirements (3b, 3c)', () => {
  it("a coach's WhatsApp group with the team, not approved and with the coach as the only staff member, is not allowed (3b, 3c)", () => {
    const result = message('yes', 'group', 'no', 'yes', 'no');
    expect(result.meta).toMatchObject({ verdict: 'not-allowed', cites: ['3b', '3c'] });
    expect(result.unmet).toEqual(['hasPrincipalApproval', 'hasTwoStaffAdmins']);
  });

  it('a group whose approval you are not sure of means finding out first', () => {
    expect(message('yes', 'group', 'notSure', 'yes', 'yes').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['3b', '3c'],
    });
  });

  it('an approved club Discord server with two staff admins: allowed, with 3(d) because it is a school group with students, and 2(e): own name only', () => {
    const { meta } = message('yes', 'group', 'yes', 'yes', 'yes', 'no', 'no');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['3a', '3b', '3c', '3d', '3e', '2e']));
    expect(readingsOf(meta)).toContain('2e/course-groups');
  });
});

describe('question: needsConnection (3e)', () => {
  it('messaging one student through school email about a missed assignment: allowed, with 3(a), 3(e) for any connection and 2(a) for what it discloses, but not 3(d)', () => {
    const { meta } = message('yes', 'oneToOne', 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['3a', '3e', '2a', '2b', '2c', '2d', '2f']));
    expect(conditionClauses(meta)).not.toContain('3d');
  });

  it('keeps 3(a)’s modal verbs: "must" be about course work is a condition, "should" include parents "when possible" is a step in the policy’s words, whether or not parents can be included', () => {
    for (const [parents, outcome] of [
      ['yes', 'allowedIncludingParents'],
      ['no', 'allowedWithoutParents'],
    ] as const) {
      const { state, meta } = message('yes', 'oneToOne', 'no', parents);
      expect(state).toBe(outcome);
      expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
      const conditions = meta.kind === 'outcome' ? (meta.conditions ?? []) : [];
      const steps = meta.kind === 'outcome' ? (meta.nextSteps ?? []) : [];
      expect(
        conditions.filter((condition) => condition.cites.includes('3a')),
        outcome,
      ).toHaveLength(1);
      expect(
        steps.filter((step) => step.says === 'policy' && step.cites.includes('3a')),
        outcome,
      ).toHaveLength(1);
    }
  });

  it('one to one on an app that needs a connection made within a course group: the group’s own requirements (3b, 3c) are asked, as in the friend-request decision', () => {
    expect(message('yes', 'oneToOne', 'yes', 'yes', 'yes').state).toBe('hasPrincipalApproval');
    expect(message('yes', 'oneToOne', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes').state).toBe('canIncludeParents');
    expect(message('yes', 'oneToOne', 'yes', 'yes', 'yes', 'no', 'yes', 'yes').meta).toMatchObject({
      verdict: 'not-allowed',
      cites: ['3b', '3c'],
    });
  });

  it('Snapchat, which needs the student added as a friend, one to one with no group: the connection is not allowed (3e)', () => {
    expect(message('yes', 'oneToOne', 'yes', 'yes', 'no').meta).toMatchObject({
      verdict: 'not-allowed',
      cites: ['3e'],
    });
    expect(message('yes', 'oneToOne', 'yes', 'no').meta).toMatchObject({
      verdict: 'not-allowed',
      cites: ['3e'],
    });
  });

  it('in an approved group with two staff admins, a needed connection within the course or club is allowed: 3(c) meets 3(e)’s "one other"', () => {
    expect(message('yes', 'group', 'yes', 'yes', 'yes', 'yes', 'yes').state).toBe('canIncludeParents');
  });

  it('not knowing whether the app needs a connection means finding out first', () => {
    expect(message('yes', 'oneToOne', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['3e'],
    });
  });
});
