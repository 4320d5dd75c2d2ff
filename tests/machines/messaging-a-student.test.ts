import { describe, expect, it } from 'vitest';
import { messagingAStudentMachine as machine } from '../../machines/messaging-a-student';
import { decide } from '../helpers/decide';

describe('question: isAboutCourseOrClub', () => {
  it('does not allow correspondence about anything but course work or school clubs and activities', () => {
    expect(decide(machine, 'no').meta).toMatchObject({ verdict: 'not-allowed' });
    expect(decide(machine, 'no').meta.cites).toContain('3a');
  });

  it('sends "not sure it is sanctioned" to the principal', () => {
    expect(decide(machine, 'notSure').meta).toMatchObject({ verdict: 'not-allowed', askWhom: expect.stringMatching(/principal/) });
  });
});

describe('question: canIncludeParents', () => {
  it('allows it with parents included when possible, and 3(d) throughout', () => {
    expect(decide(machine, 'yes', 'yes').meta).toMatchObject({ verdict: 'allowed-with-conditions', cites: ['3a', '3d'] });
  });

  it('still allows it when including parents is not possible (3(a) says "when possible")', () => {
    expect(decide(machine, 'yes', 'no').meta).toMatchObject({ verdict: 'allowed-with-conditions' });
  });
});
