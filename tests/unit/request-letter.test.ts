import { describe, expect, it } from 'vitest';
import { composeLetter, type RequestDetails } from '../../src/lib/request-letter';
import { PERMISSION_TO_REPRESENT_REQUEST, INDEPENDENT_STUDENT_CONSENT_REQUEST } from '../../machines/wording';

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
  citation: 'Electronic Social Media, s 1(a)',
  text: 'Unless given written permission…',
  address: 'https://example.test/electronic-social-media/1a/',
};

describe('composeLetter', () => {
  it('addresses the chosen person and fills in every detail', () => {
    const letter = composeLetter(PERMISSION_TO_REPRESENT_REQUEST, details, [quote], '28 November 2026');
    expect(letter.to).toBe('Pat Lee, Principal');
    expect(letter.subject).toBe('Request for written permission to represent Riverside School on social media');
    expect(letter.paragraphs[0]).toContain(
      'photos of the science fair, on the school Instagram account, for the 2026–27 school year',
    );
    expect(letter.quotes).toEqual([quote]);
    expect(letter.reply).toContain('Sam Teacher');
  });

  it('leaves a blank to fill by hand for anything not typed in', () => {
    const letter = composeLetter(
      PERMISSION_TO_REPRESENT_REQUEST,
      { ...details, addresseeName: '', where: ' ' },
      [quote],
      'today',
    );
    expect(letter.to).toBe('____________________, Principal');
    expect(letter.paragraphs[0]).toContain('on ____________________');
  });

  it('writes to an independent student about themself', () => {
    const letter = composeLetter(
      INDEPENDENT_STUDENT_CONSENT_REQUEST,
      { ...details, addressee: 'student', addresseeName: 'Alex Doe' },
      [quote],
      'today',
    );
    expect(letter.to).toBe('Alex Doe, Student (independent, aged 16 or 17)');
    expect(letter.paragraphs[0]).toContain('about you:');
  });
});
