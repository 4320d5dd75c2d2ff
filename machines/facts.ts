/**
 * The facts of a situation that the decisions' answers establish, one vocabulary for all of them.
 * Each answer says which facts it asserts (AnswerOption.facts); a decision's first question says
 * what the whole decision takes as given (QuestionMeta.premise). The consistency test
 * (tests/machines/consistency.test.ts) uses them to find paths of different decisions that describe
 * the same situation, and fails when their verdicts or the clauses they rest on disagree.
 *
 * A value list is the set of values the answer allows: "Yes" to "Does the post include images of
 * students, confidential student information or confidential records?" allows three kinds of
 * content. An unknown fact ("I'm not sure") is the value `unsure`, a fact of its own: what a person
 * does not know yet is different from a "no".
 *
 * `activity` is what a situation can be described as, and one situation can be several: a reply to a
 * student is a post and correspondence with that student; a class group is correspondence and
 * taking part in an online group. A decision's premise lists every activity its situations can be,
 * and its answers narrow the list ("not addressed to a student" leaves only `post`), so that the
 * consistency test pairs it with every decision that could describe the same situation.
 */

/** Every fact, with the values it can take. */
interface FactValues {
  /** What the situation can be described as: posting content, corresponding with students, connecting with someone (a friend or follow request), taking part in an online group. */
  activity: 'post' | 'correspond' | 'connect' | 'join-group';
  /** Whether it has already happened: still to do, already done, or done before the person worked for the Division. */
  alreadyHappened: 'no' | 'yes' | 'before-employment';
  /** Whether what is written is addressed to a student: a reply, comment or message to a student, or a post in a student's thread (3(a)). */
  addressedToStudent: 'yes' | 'no' | 'unsure';
  /** Only liking or reacting to someone else's content, not posting or sharing it (2(b), 2(f) do not say whether that counts). */
  onlyReacting: 'yes' | 'no';
  /** Who the other person is (3(e) covers students only): a school student, someone who is not one, or not known. */
  otherPerson: 'student' | 'not-student' | 'unsure';
  /** For a connection: a request to send or accept (or a follow the staff member makes), or a student following without any acceptance. */
  connection: 'request-or-follow' | 'followed-without-acceptance';
  /** Whose name the staff member speaks in (1(a)). */
  voice: 'self' | 'school' | 'unsure';
  /** Written permission from a principal or supervisor to represent (1(a)). */
  permission: 'written' | 'email-or-text' | 'spoken' | 'none';
  /** Whether the staff member can be identified as a Division employee (1(b)). */
  identifiable: 'yes' | 'no' | 'unsure';
  /** What the post discloses (2(a)). */
  content: 'images' | 'confidential-information' | 'other-information' | 'records' | 'none' | 'unsure';
  /** The student's age (2(a) names consent-givers by age). */
  age: 'under-16' | '16-or-17' | '18-or-older' | 'unsure';
  /** Whether a student aged 16 or 17 has removed themself from parental control (2(a)). */
  independent: 'yes' | 'no' | 'unsure';
  /**
   * The consent held: written from a person 2(a) names for the case, written where 2(a) names no one,
   * written from someone 2(a) may or may not name (a guardian or the student, while it is not known
   * whether a student of 16 or 17 is independent), by email or text only (the policy does not say
   * whether that is "written"), spoken only, none, or unknown.
   */
  consent:
    | 'written-from-named'
    | 'written-none-named'
    | 'written-giver-unsettled'
    | 'email-or-text'
    | 'spoken'
    | 'none'
    | 'unsure';
  /** When the written consent was given: before the disclosure, as 2(a)'s "first" requires, or only after it. */
  consentTiming: 'before' | 'after';
  /** Defamatory towards students, Division employees or Division policies and regulations (2(b)). */
  defamatoryOfSchool: 'yes' | 'no' | 'unsure';
  /** Would reflect negatively on a school's or the Division's reputation (2(c)). */
  reputation: 'yes' | 'no' | 'unsure';
  /** Defamatory about anyone else, pornographic, harassing, or creating a negative work environment (2(f)). */
  harmful: 'yes' | 'no' | 'unsure';
  /** Proprietary content: someone else's without the right to share it, one's own or licensed, or none (2(f)). */
  proprietary: 'yes' | 'own-or-licensed' | 'no' | 'unsure';
  /** Expected to result in a disruption or to affect the staff member's duties (2(d)). */
  disruption: 'yes' | 'no' | 'unsure';
  /** What online correspondence with a student is about (3(a)). */
  topic: 'course-or-club' | 'other' | 'crisis' | 'unsure';
  /** Correspondence in a group that includes students, or one to one. */
  channel: 'group' | 'one-to-one';
  /** The principal has approved the group (3(b)). */
  approval: 'yes' | 'no' | 'unsure';
  /** A teacher supervises and monitors the group (3(b)). */
  supervision: 'yes' | 'no' | 'unsure';
  /** At least two staff members have administrative privileges (3(c)). */
  twoStaffAdmins: 'yes' | 'no' | 'unsure';
  /** The channel needs a friend, follow or contact connection first (3(e)). */
  needsConnection: 'yes' | 'no' | 'unsure';
  /** The networking is part of an existing school course or school club structure (3(e)). */
  courseOrClubStructure: 'yes' | 'no' | 'unsure';
  /** At least one other staff member has administrative access to the group (3(e)). */
  otherStaffAdmin: 'yes' | 'no' | 'unsure';
  /** Parents can be included in the correspondence (3(a)). */
  parentsPossible: 'yes' | 'no';
  /** The online group is for academic purposes (2(e)). */
  academicPurpose: 'yes' | 'no' | 'unsure';
  /** The name the staff member takes part under (2(e)). */
  name: 'own' | 'other' | 'anonymous';
}

/** The name of a fact. */
export type FactName = keyof FactValues;

/** The facts an answer asserts: for each fact, the values it allows. */
export type Facts = { readonly [Name in FactName]?: readonly FactValues[Name][] };

/** The facts whose values are yes, no and unsure. */
export type YesNoUnsureFact = {
  [Name in FactName]: [FactValues[Name]] extends ['yes' | 'no' | 'unsure']
    ? ['yes' | 'no' | 'unsure'] extends [FactValues[Name]]
      ? Name
      : never
    : never;
}[FactName];

/** One fact and the values it allows: `fact('channel', 'group')`. */
export function fact<Name extends FactName>(name: Name, ...values: NonNullable<Facts[Name]>): Facts {
  return { [name]: values };
}

/** What a set of facts allows for one fact, as a plain list (undefined: the facts say nothing about it). */
function valuesOf(facts: Facts, name: FactName): readonly string[] | undefined {
  return facts[name];
}

/** The facts that hold when all of these hold: each fact narrowed to the values every one allows. */
export function combineFacts(all: readonly Facts[]): Facts {
  const combined: Record<string, readonly string[]> = {};
  for (const facts of all) {
    for (const name of Object.keys(facts) as FactName[]) {
      const values = valuesOf(facts, name) ?? [];
      const known = combined[name];
      combined[name] = known ? known.filter((value) => values.includes(value)) : values;
    }
  }
  return combined;
}

/** Whether one situation can meet both sets of facts: no fact that both name is given values that exclude each other. */
export function areCompatible(a: Facts, b: Facts): boolean {
  return (Object.keys(a) as FactName[]).every((name) => {
    const other = valuesOf(b, name);
    return other === undefined || (valuesOf(a, name) ?? []).some((value) => other.includes(value));
  });
}

/** Whether every situation that meets `specific` also meets `general`: `specific` says all that `general` says, or more. */
export function implies(specific: Facts, general: Facts): boolean {
  return (Object.keys(general) as FactName[]).every((name) => {
    const narrow = valuesOf(specific, name);
    const wide = valuesOf(general, name) ?? [];
    return narrow?.every((value) => wide.includes(value)) === true;
  });
}
