/**
 * The request letters a policy's paperwork needs (for this policy: written permission 1a, written
 * consent 2a, approval of a group 3b/3c), their words from the policy's letters.yaml: composed
 * entirely in the browser from what the person types, quoting the clause and its permanent link.
 * Nothing is sent or stored; printing or copying is the output.
 */
import type { Addressee } from '../../machines/types';
import type { LetterTemplate } from '../../content/schema';

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

/** The words a request letter may fill in, each written {name} in its text (content/policies/<policy>/letters.yaml). */
export const LETTER_PLACEHOLDERS = {
  school: 'the school or department the person types',
  what: 'what will be posted, shared or created',
  where: 'the site, account or group',
  howLong: 'for how long',
  student: '"you" in a letter to the student, else the student\'s name',
  whose: '"your" in a letter to the student, else "student"',
  blank: 'a line to fill in by hand',
} as const;

/** Fills a letter text's {placeholders} (content/schema.ts LETTER_PLACEHOLDERS); an unknown one is left as written. */
function fill(text: string, values: Record<keyof typeof LETTER_PLACEHOLDERS, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as keyof typeof values] : whole,
  );
}

/** The {placeholders} a letter text uses that LETTER_PLACEHOLDERS does not know (the build names them). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => !Object.hasOwn(LETTER_PLACEHOLDERS, name));
}

/** What the request form asks for: the student's name when the letter is about a student and not written to them. */
export function needsStudentName(template: LetterTemplate, addressee: Addressee): boolean {
  return template.asksForStudent && addressee !== 'student';
}

/**
 * Composes the letter from its words (the policy's letters.yaml) and what the person typed; every
 * field left empty becomes a blank line to fill in by hand.
 */
export function composeLetter(
  template: LetterTemplate,
  details: RequestDetails,
  quotes: QuotedClause[],
  date: string,
): Letter {
  const field = (value: string) => value.trim() || BLANK;
  const toStudent = details.addressee === 'student';
  const values = {
    school: field(details.school),
    what: field(details.what),
    where: field(details.where),
    howLong: field(details.howLong),
    student: toStudent ? 'you' : field(details.studentName),
    whose: toStudent ? 'your' : 'student',
    blank: BLANK,
  };
  return {
    to: `${details.addresseeName.trim() || BLANK}, ${ADDRESSEE_ROLES[details.addressee]}`,
    subject: fill(template.subject, values),
    paragraphs: [fill(template.request, values), fill(template.reason, values)],
    quotes,
    reply: [field(details.requester), values.school, date, '', ...template.reply.map((line) => fill(line, values))],
  };
}
