import { describe, expect, it } from 'vitest';
import { LettersSchema } from '../../content/schema';
import {
  composeLetter,
  needsStudentName,
  unknownPlaceholders,
  type RequestDetails,
} from '../../src/lib/request-letter';

// Two letters as an author writes them in a policy's letters.yaml (parsed as the build parses them):
// one to a principal, one about a student, who may be the addressee.
const letters = LettersSchema.parse({
  'permission-to-represent': {
    subject: 'Request for written permission to represent {school} on social media',
    request:
      'I am asking for your written permission to use electronic social media to represent {school}: {what}, on {where}, for {howLong}.',
    reason: "The Division's procedure requires written permission:",
    reply: ['Permission given in writing by: {blank} (name and role)', 'Signature: {blank}   Date: {blank}'],
  },
  'consent-for-student-content': {
    asksForStudent: true,
    subject: 'Request for written consent to share {whose} images or information',
    request: 'I am asking for your written consent to disclose the following about {student}: {what}.',
    reason: "The Division's procedure requires written consent first:",
    reply: ['Consent given in writing by: {blank}'],
  },
});
const PERMISSION = letters['permission-to-represent'];
const STUDENT_CONSENT = letters['consent-for-student-content'];
if (!PERMISSION || !STUDENT_CONSENT) throw new Error('the letters above must parse');

const details: RequestDetails = {
  requester: 'Sam Teacher',
  school: 'Riverside School',
  addressee: 'principal',
  addresseeName: 'Pat Lee',
  studentName: 'Alex Doe',
  what: 'photos of the science fair',
  where: 'the school Instagram account',
  howLong: 'the 2026–27 school year',
};
const quote = {
  citation: 'A Policy, s 1(a)',
  text: 'Unless given written permission…',
  address: 'https://example.test/a-policy/1a/',
};

describe('composeLetter', () => {
  it('addresses the chosen person and fills in every detail', () => {
    const letter = composeLetter(PERMISSION, details, [quote], '28 November 2026');
    expect(letter.to).toBe('Pat Lee, Principal');
    expect(letter.subject).toBe('Request for written permission to represent Riverside School on social media');
    expect(letter.paragraphs[0]).toContain(
      'photos of the science fair, on the school Instagram account, for the 2026–27 school year',
    );
    expect(letter.quotes).toEqual([quote]);
    expect(letter.reply).toContain('Sam Teacher');
  });

  it('leaves a blank to fill by hand for anything not typed in', () => {
    const letter = composeLetter(PERMISSION, { ...details, addresseeName: '', where: ' ' }, [quote], 'today');
    expect(letter.to).toBe('____________________, Principal');
    expect(letter.paragraphs[0]).toContain('on ____________________');
  });

  it('writes to an independent student about themself', () => {
    const letter = composeLetter(
      STUDENT_CONSENT,
      { ...details, addressee: 'student', addresseeName: 'Alex Doe' },
      [quote],
      'today',
    );
    expect(letter.to).toBe('Alex Doe, Student (independent, aged 16 or 17)');
    expect(letter.paragraphs[0]).toContain('about you:');
    expect(letter.subject).toBe('Request for written consent to share your images or information');
    expect(needsStudentName(STUDENT_CONSENT, 'student')).toBe(false);
    // To a guardian: about the student by name, which the form asks for.
    const toGuardian = composeLetter(STUDENT_CONSENT, { ...details, addressee: 'guardian' }, [quote], 'today');
    expect(toGuardian.paragraphs[0]).toContain('about Alex Doe:');
    expect(needsStudentName(STUDENT_CONSENT, 'guardian')).toBe(true);
    expect(needsStudentName(PERMISSION, 'principal')).toBe(false);
  });

  it('ends with the requester, the school and the date, then the letter’s reply lines', () => {
    const letter = composeLetter(PERMISSION, details, [quote], 'today');
    expect(letter.reply).toEqual([
      'Sam Teacher',
      'Riverside School',
      'today',
      '',
      'Permission given in writing by: ____________________ (name and role)',
      'Signature: ____________________   Date: ____________________',
    ]);
  });

  it('refuses a {word} a letter cannot fill, naming it and the ones it can', () => {
    expect(unknownPlaceholders('To {school} about {pupil} and {whom}')).toEqual(['pupil', 'whom']);
    const result = LettersSchema.safeParse({ x: { ...PERMISSION, subject: 'About {pupil}' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /^\{pupil\} is not a word a letter can fill in; use \{school\}, \{what\}/,
    );
  });
});
