/**
 * The request letters the policy's paperwork needs (written permission 1a, written consent 2a,
 * approval of a group 3b/3c): composed entirely in the browser from what the person types, quoting
 * the clause and its permanent link. Nothing is sent or stored; printing or copying is the output.
 */
import type { Addressee, RequestMeta } from '../../machines/types';

/** What the person fills in. Empty fields print as blanks to fill by hand. */
export interface RequestDetails {
  requester: string;
  school: string;
  addressee: Addressee;
  addresseeName: string;
  studentName: string;
  what: string;
  where: string;
  howLong: string;
}

/** A clause to quote in the letter. */
export interface QuotedClause {
  citation: string;
  text: string;
  address: string;
}

/** The composed letter: who it is to, its subject, its paragraphs, and the reply block. */
export interface Letter {
  to: string;
  subject: string;
  paragraphs: string[];
  quotes: QuotedClause[];
  reply: string[];
}

/** How each addressee is named in a letter. */
export const ADDRESSEE_ROLES: Record<Addressee, string> = {
  principal: 'Principal',
  supervisor: 'Supervisor',
  guardian: "Student's parent or guardian",
  student: 'Student (independent, aged 16 or 17)',
};

const BLANK = '____________________';

/** What the request form asks for, by kind of request (consent for a student needs the student's name). */
export function needsStudentName(kind: RequestMeta['kind']): boolean {
  return kind === 'consent-for-student-content';
}

/** Composes the letter; every field left empty becomes a blank line to fill in by hand. */
export function composeLetter(
  request: RequestMeta,
  details: RequestDetails,
  quotes: QuotedClause[],
  date: string,
): Letter {
  const field = (value: string) => value.trim() || BLANK;
  const school = field(details.school);
  const where = field(details.where);
  const what = field(details.what);
  const howLong = field(details.howLong);
  const to = `${details.addresseeName.trim() || BLANK}, ${ADDRESSEE_ROLES[details.addressee]}`;
  const closing = [field(details.requester), school, date];

  switch (request.kind) {
    case 'permission-to-represent':
      return {
        to,
        subject: `Request for written permission to represent ${school} on social media`,
        paragraphs: [
          `I am asking for your written permission to use electronic social media to represent ${school}: ${what}, on ${where}, for ${howLong}.`,
          "The Division's procedure requires written permission from a principal or supervisor before staff represent a school, department or the Division online:",
        ],
        quotes,
        reply: [
          ...closing,
          '',
          `Permission given in writing by: ${BLANK} (name and role)`,
          `Signature: ${BLANK}   Date: ${BLANK}`,
        ],
      };
    case 'consent-for-student-content': {
      const about = details.addressee === 'student' ? 'you' : field(details.studentName);
      return {
        to,
        subject: `Request for written consent to share ${details.addressee === 'student' ? 'your' : 'student'} images or information`,
        paragraphs: [
          `I am asking for your written consent, before anything is posted or shared, to disclose the following about ${about}: ${what}, on ${where}, for ${howLong}.`,
          "The Division's procedure requires written consent first:",
        ],
        quotes,
        reply: [
          ...closing,
          '',
          `Consent given in writing by: ${BLANK} (name and relationship to the student)`,
          `Signature: ${BLANK}   Date: ${BLANK}`,
        ],
      };
    }
    case 'consent-for-records':
      return {
        to,
        subject: 'Request for written consent to disclose confidential records',
        paragraphs: [
          `I am asking for your written consent, before anything is disclosed, to share ${what}, on ${where}, for ${howLong}.`,
          "The Division's procedure requires written consent first:",
        ],
        quotes,
        reply: [
          ...closing,
          '',
          `Consent given in writing by: ${BLANK} (name and role)`,
          `Signature: ${BLANK}   Date: ${BLANK}`,
        ],
      };
    case 'group-approval':
      return {
        to,
        subject: `Request to approve a school social media group at ${school}`,
        paragraphs: [
          `I am asking you to approve a school-based social media group: ${what}, on ${where}, for ${howLong}.`,
          'As the procedure requires, the group will be supervised and monitored by a teacher, and at least two staff members will have administrative privileges:',
        ],
        quotes,
        reply: [
          ...closing,
          '',
          `Approved by: ${BLANK} (principal)`,
          `Supervising teacher: ${BLANK}`,
          `Staff administrators: ${BLANK} and ${BLANK}`,
          `Signature: ${BLANK}   Date: ${BLANK}`,
        ],
      };
  }
}
