import { describe, expect, it } from 'vitest';
import { sharingStudentContentMachine as machine } from '../../machines/sharing-student-content';
import { decide } from '../helpers/decide';

describe('question: whatWillBeShared', () => {
  it('needs no consent under 2(a) for content with no student information and no confidential records', () => {
    expect(decide(machine, 'nothing').meta).toMatchObject({ verdict: 'allowed', cites: ['2a', '2g'] });
  });

  it("asks confidential records for the principal's or a supervisor's written consent", () => {
    expect(decide(machine, 'records').state).toBe('hasRecordsConsent');
    expect(decide(machine, 'records', 'no').meta).toMatchObject({ verdict: 'not-allowed', cites: ['2a'] });
    expect(decide(machine, 'records', 'yes').meta).toMatchObject({ verdict: 'allowed-with-conditions' });
  });
});

describe('question: isInformationConfidential', () => {
  it("treats confidential information like images: the student's age decides whose consent", () => {
    expect(decide(machine, 'information', 'yes').state).toBe('howOldIsTheStudent');
  });

  it('leaves information that is not confidential undecided by 2(a), and "not sure" to the principal', () => {
    expect(decide(machine, 'information', 'no').meta).toMatchObject({ verdict: 'not-decided' });
    expect(decide(machine, 'information', 'notSure').meta).toMatchObject({ verdict: 'not-decided' });
  });
});

describe('question: howOldIsTheStudent', () => {
  it('names no one for students 18 or older: not decided, ask the principal', () => {
    const { meta } = decide(machine, 'images', 'eighteenOrOlder');
    expect(meta).toMatchObject({ verdict: 'not-decided', cites: ['2a', '2g'] });
    expect(meta.kind === 'outcome' && meta.askWhom).toMatch(/principal/);
  });

  it('asks under-16s for consent from the principal, a supervisor or the guardian', () => {
    expect(decide(machine, 'images', 'under16').state).toBe('hasStaffOrGuardianConsent');
  });
});

describe('question: isIndependentStudent', () => {
  it('lets an independent 16 or 17 year old consent themself', () => {
    expect(decide(machine, 'images', 'sixteenOrSeventeen', 'yes').state).toBe('hasIndependentStudentConsent');
  });

  it('falls back to principal, supervisor or guardian when not independent or not sure', () => {
    expect(decide(machine, 'images', 'sixteenOrSeventeen', 'no').state).toBe('hasStaffOrGuardianConsent');
    expect(decide(machine, 'images', 'sixteenOrSeventeen', 'notSure').state).toBe('hasStaffOrGuardianConsent');
  });
});

describe('questions: written consent', () => {
  it('treats spoken consent as no consent, whoever gave it', () => {
    for (const path of [['images', 'under16'], ['images', 'sixteenOrSeventeen', 'yes'], ['records']]) {
      const { state, meta } = decide(machine, ...path, 'spokenOnly');
      expect(state, path.join(' ')).toMatch(/^spoken\w*ConsentIsNotEnough$/);
      expect(meta).toMatchObject({ verdict: 'not-allowed' });
    }
  });

  it('offers to prepare the request for the right people: staff or guardian, the independent student, or staff for records', () => {
    expect(decide(machine, 'images', 'under16', 'no').meta).toMatchObject({ request: { addressees: ['guardian', 'principal', 'supervisor'] } });
    expect(decide(machine, 'images', 'sixteenOrSeventeen', 'yes', 'no').meta).toMatchObject({
      request: { addressees: ['student', 'guardian', 'principal', 'supervisor'] },
    });
    expect(decide(machine, 'records', 'spokenOnly').meta).toMatchObject({ request: { kind: 'consent-for-records', addressees: ['principal', 'supervisor'] } });
  });

  it('allows sharing with written consent, with 2(g) as a condition', () => {
    const { meta } = decide(machine, 'images', 'under16', 'yes');
    expect(meta).toMatchObject({ verdict: 'allowed-with-conditions', cites: ['2a', '2g'] });
  });

  it('does not allow sharing without consent', () => {
    expect(decide(machine, 'images', 'under16', 'no').meta).toMatchObject({ verdict: 'not-allowed' });
  });
});
