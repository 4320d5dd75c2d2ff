import { describe, expect, it } from 'vitest';
import { messagingAStudentMachine as machine } from '../../machines/messaging-a-student';
import { conditionClauses, decide } from '../helpers/decide';

describe('question: isAboutCourseOrClub (3a)', () => {
  it('a direct message about weekend plans is not allowed: correspondence must be about course work or school clubs and activities', () => {
    expect(decide(machine, 'no').meta).toMatchObject({ verdict: 'not-allowed', cites: ['3a'] });
  });

  it('not knowing whether the club is sanctioned means finding out first', () => {
    expect(decide(machine, 'notSure').meta).toMatchObject({ verdict: 'find-out-first', cites: ['3a'] });
  });

  it('a student reaching out in crisis: the policy does not decide it, and says whom to tell', () => {
    const { meta } = decide(machine, 'crisis');
    expect(meta).toMatchObject({ verdict: 'not-decided', cites: ['3a', '3e'] });
    expect(meta.kind === 'outcome' && meta.nextSteps?.join(' ')).toMatch(/911/);
    // A friend or follow connection used to keep in touch is still one 3(e) governs.
    expect(conditionClauses(meta)).toEqual(['3e']);
  });
});

describe('question: isGroupConversation, and the group requirements (3b, 3c)', () => {
  it("a coach's WhatsApp group with the team, not approved and with the coach as the only staff member, is not allowed (3b, 3c)", () => {
    const result = decide(machine, 'yes', 'group', 'no', 'yes', 'no');
    expect(result.meta).toMatchObject({ verdict: 'not-allowed', cites: ['3b', '3c'] });
    expect(result.unmet).toEqual(['hasPrincipalApproval', 'hasTwoStaffAdmins']);
  });

  it('a group whose approval you are not sure of means finding out first', () => {
    expect(decide(machine, 'yes', 'group', 'notSure', 'yes', 'yes').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['3b', '3c'],
    });
  });

  it('an approved club Discord server with two staff admins: allowed, with 3(d) because it is a school group with students', () => {
    const { meta } = decide(machine, 'yes', 'group', 'yes', 'yes', 'yes', 'no', 'no');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['3a', '3b', '3c', '3d', '3e']));
  });
});

describe('question: needsConnection (3e)', () => {
  it('messaging one student through school email about a missed assignment: allowed, with 3(a), 3(e) for any connection and 2(a) for what it discloses, but not 3(d)', () => {
    const { meta } = decide(machine, 'yes', 'oneToOne', 'no', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions' });
    expect(conditionClauses(meta)).toEqual(expect.arrayContaining(['3a', '3e', '2a', '2b', '2c', '2d', '2f']));
    expect(conditionClauses(meta)).not.toContain('3d');
  });

  it('keeps 3(a)’s modal verbs: "must" be about course work, "should" include parents "when possible"', () => {
    const texts = (answers: string[]) => {
      const { meta } = decide(machine, ...answers);
      return meta.kind === 'outcome' ? (meta.conditions ?? []).map((condition) => condition.text).join(' ') : '';
    };
    expect(texts(['yes', 'oneToOne', 'no', 'yes'])).toMatch(
      /must be related to course work.*should include parents when possible, and you have said it is possible here\./,
    );
    expect(texts(['yes', 'oneToOne', 'no', 'no'])).toMatch(
      /should include parents when possible; you have said it is not possible now\./,
    );
    // A "should" is never turned into an order.
    expect(texts(['yes', 'oneToOne', 'no', 'yes'])).not.toMatch(/include them\b/);
  });

  it('Snapchat, which needs the student added as a friend, one to one with no group: the connection is not allowed (3e)', () => {
    expect(decide(machine, 'yes', 'oneToOne', 'yes', 'yes', 'no').meta).toMatchObject({
      verdict: 'not-allowed',
      cites: ['3e'],
    });
    expect(decide(machine, 'yes', 'oneToOne', 'yes', 'no').meta).toMatchObject({
      verdict: 'not-allowed',
      cites: ['3e'],
    });
  });

  it('in an approved group with two staff admins, a needed connection within the course or club is allowed: 3(c) meets 3(e)’s "one other"', () => {
    expect(decide(machine, 'yes', 'group', 'yes', 'yes', 'yes', 'yes', 'yes').state).toBe('canIncludeParents');
  });

  it('not knowing whether the app needs a connection means finding out first', () => {
    expect(decide(machine, 'yes', 'oneToOne', 'notSure').meta).toMatchObject({
      verdict: 'find-out-first',
      cites: ['3e'],
    });
  });
});
