/**
 * Schemas for what authors write in content/. Astro validates every file against them when it
 * builds; a mistake stops the build with the file, the field and the message written here.
 * Checks that need more than one file (duplicate ids, references between files) live in
 * src/lib/check-content.ts.
 */
import { z } from 'astro/zod';
import { VERDICTS } from '../machines/verdicts';
import { CLAUSE_NUMBERINGS } from '../src/lib/clause-id';
import { LETTER_PLACEHOLDERS, unknownPlaceholders } from '../src/lib/request-letter';

/** Required text, with one message for a missing, mistyped or empty value. */
function requiredText(message: string) {
  return z.string({ error: message }).min(1, { error: message });
}

/** A month as authors write it, e.g. '2020-02' (quoted, so YAML keeps it a string). */
const MonthSchema = z
  .string({ error: "write a month as a quoted 'YYYY-MM' string, e.g. '2020-02'" })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "write a month as a quoted 'YYYY-MM' string, e.g. '2020-02'" });

/** A clause id as the policy numbers it: "3e" (section and letter), "1.2" or "1.2.1" (dotted), "4" (plain). */
const ClauseIdSchema = z
  .string({ error: "write a clause id as text; quote a dotted id so YAML keeps it as written, e.g. '1.2'" })
  .regex(/^(\d+[a-z]|\d+(\.\d+){0,2})$/, {
    error:
      'write a clause id as the policy numbers it: the section number and the letter, e.g. "3e"; dotted, e.g. "1.2" or "1.2.1"; or a plain number, e.g. "4"',
  });

/** A kebab-case id for a definition or a scenario ("electronic-social-media"). */
const KebabIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'use lower-case words joined by hyphens, e.g. "electronic-social-media"',
});

/** A term the policy defines, quoted verbatim. */
const DefinitionSchema = z.object({
  /** Anchor on the definitions page; also how other content refers to the term. */
  id: KebabIdSchema,
  /** The term as the policy prints it inside its quotation marks. */
  term: requiredText('give the defined term, e.g. term: Electronic social media'),
  /** The whole definition paragraph, verbatim from the source. */
  text: requiredText('copy the definition paragraph verbatim from source.txt'),
});

/** A place where the site reads a clause beyond its words, said apart from the quoted text. */
const ReadingSchema = z.object({
  /** How outcomes refer to it (machines: `readings: [{ clause: '3e', reading: 'follows' }]`). */
  id: KebabIdSchema,
  /** The reading in plain words, starting from what the clause says and saying what this site reads into it. */
  text: requiredText('say how this site reads the clause, e.g. text: "This site reads … as …"'),
});

/** What happened to one clause since the version before (policy.yaml `changes`). */
const ChangeSchema = z
  .strictObject({
    /** The clause's id in the version before (reworded, renumbered, removed), or its new id (added). */
    clause: ClauseIdSchema,
    change: z.enum(['reworded', 'renumbered', 'removed', 'added'], {
      error: 'change is one of: reworded, renumbered, removed, added',
    }),
    /** For "renumbered": the clause's id in this version. */
    to: ClauseIdSchema.optional(),
  })
  .refine((change) => (change.change === 'renumbered') === (change.to !== undefined), {
    error: "give `to:` (the clause's new id) for a renumbered clause, and only for one",
  });

/** A numbered section heading of the procedures. */
const SectionSchema = z.object({
  /** The section number as printed ("1"). */
  number: z.number().int().positive(),
  /** The heading as printed, without the trailing colon. */
  title: requiredText('give the section heading as printed, without the trailing colon'),
});

/** The site as a whole (content/site.yaml): its name, its description, and the home page's introduction. */
export const SiteSchema = z.strictObject({
  /** Ends every page's title and heads every page. */
  name: requiredText('give the site its name, e.g. name: Staff policies'),
  /** What search engines and link previews show for the home page. */
  description: requiredText('describe the site in one sentence, for search engines and link previews'),
  /** The home page's opening paragraph. */
  introduction: requiredText("write the home page's opening paragraph"),
  /**
   * Who publishes the policies, as every page's footer names them: "The policy text is quoted
   * exactly as <publisher> published it."
   */
  publisher: z
    .string()
    .min(1, { error: 'name who publishes the policies, e.g. publisher: the Division, or leave the line out' })
    .default('the Division'),
});

/** content/policies/<policy-slug>/policy.yaml: one policy's metadata and the text around its clauses. */
export const PolicySchema = z.object({
  /** The policy's title in title case ("Electronic Social Media"). */
  title: requiredText('give the policy a title'),
  /** The name used in citations: "<citationTitle>, s 3(e)". */
  citationTitle: requiredText('give the name used in citations, e.g. "Electronic Social Media"'),
  /** One sentence saying what the policy is about (home page, meta description). */
  summary: requiredText('give one sentence saying what the policy is about'),
  /**
   * The group the home page lists the policy under when the site holds several (e.g. "Staff",
   * "Students", or the division's section, "Section G: Personnel"). Policies without one are listed
   * under "Other policies".
   */
  group: z.string().min(1, { error: 'give the group as text, e.g. group: Staff, or leave the line out' }).optional(),
  /**
   * How the policy numbers its clauses: "letters" (section and letter, "3e", cited "s 3(e)"),
   * "dotted" ("1.2", "1.2.1", cited "s 1.2.1") or "plain" ("4"). Every clause id must follow it.
   */
  numbering: z
    .enum(CLAUSE_NUMBERINGS, { error: 'numbering is one of: letters (3e), dotted (1.2, 1.2.1), plain (4)' })
    .default('letters'),
  /** When the policy was adopted; leave it out when the published text does not say (the site then says "not published"). */
  adopted: MonthSchema.optional(),
  /** Dates of the published updates, oldest first. */
  updated: z.array(MonthSchema).default([]),
  /** When the policy was last reviewed; leave it out when the published text does not say. */
  reviewed: MonthSchema.optional(),
  /** A fact a reader needs about the text as published (shown above it, never mixed into it). */
  statusNote: z.string().optional(),
  /**
   * What every answer of a decision on this policy says under its verdict, after "This site
   * explains the policy; it is not legal advice." (e.g. whom the policy binds, where it does not say).
   */
  outcomeNote: z.string().min(1).optional(),
  /** Clauses the status note concerns: it is repeated wherever they are quoted (e.g. in decisions). */
  statusNoteClauses: z.array(ClauseIdSchema).default([]),
  /**
   * The headings source.txt prints above each part, when they are not "Background", "Definitions",
   * "Procedures" and "References" (e.g. procedures: Procedure). The verbatim tests find each part
   * under its heading.
   */
  headings: z
    .strictObject({
      background: requiredText('give the heading source.txt prints above the background').default('Background'),
      definitions: requiredText('give the heading source.txt prints above the definitions').default('Definitions'),
      procedures: requiredText('give the heading source.txt prints above the procedures').default('Procedures'),
      references: requiredText('give the heading source.txt prints above the references').default('References'),
    })
    .default({
      background: 'Background',
      definitions: 'Definitions',
      procedures: 'Procedures',
      references: 'References',
    }),
  /**
   * What this version changed in the clauses of the version before it (kept under
   * versions/<yyyy-mm>/): each reworded, renumbered (with `to:`), removed or added clause. The
   * build refuses a change that is not declared here.
   */
  changes: z.array(ChangeSchema).default([]),
  /** The Background paragraphs, verbatim. */
  background: z.array(z.string().min(1)).min(1, { error: 'copy at least one Background paragraph from source.txt' }),
  /** The Definitions, verbatim. */
  definitions: z.array(DefinitionSchema).default([]),
  /**
   * The sentence that introduces the procedures, verbatim; leave it out when the text goes straight
   * from the heading to the first clause.
   */
  procedures: z
    .string()
    .min(1, { error: 'copy the introductory sentence from source.txt, or leave the line out' })
    .optional(),
  /**
   * The section headings the procedures print ("1. Loans"), in order. Leave the list out when the
   * numbered lines carry the procedure's own words ("1. The Division will…"): each is then a
   * clause, and the site shows no section headings.
   */
  sections: z.array(SectionSchema).default([]),
  /** The References, verbatim, one per line. */
  references: z.array(z.string().min(1)).default([]),
});

/** content/policies/<policy-slug>/clauses/<id>.mdx frontmatter; the body is the clause text, verbatim. */
export const ClauseSchema = z.object({
  /** Stable id as the policy numbers the clause ("3e", "1.2", "4"); part of the clause's permanent URL. */
  id: ClauseIdSchema,
  /**
   * The number of the section heading the clause sits under; must be listed in policy.yaml. Leave
   * it out in a policy that prints no section headings.
   */
  section: z
    .number({ error: 'give the section number as a plain number, e.g. "section: 3"' })
    .int()
    .positive()
    .optional(),
  /** A short title in plain words ("Friend and follow requests with students"). */
  title: requiredText('give a short plain-words title'),
  /** An optional plain-language explanation, shown apart from the policy text. */
  note: z.string().optional(),
  /** Words people search with that the clause itself may not use ("photo", "FOIP"). */
  keywords: z.array(z.string().min(1)).default([]),
  /** Definitions the clause relies on without using the exact term (ids from policy.yaml); exact uses are found by themselves. */
  definitions: z.array(KebabIdSchema).default([]),
  /** Other clauses of the same policy a reader should also see (ids such as "3a"). */
  related: z.array(ClauseIdSchema).default([]),
  /** Where this site reads the clause beyond its words; shown on the clause page and on outcomes that rely on it. */
  readings: z.array(ReadingSchema).default([]),
});

/** content/scenarios/<scenario-id>.mdx frontmatter; the body introduces the decision in plain words. */
export const ScenarioSchema = z.object({
  /** The scenario id: this file's name, and the machine's (machines/decisions/<id>.ts) file name and id. */
  id: KebabIdSchema,
  /** The policy whose clauses the decision cites (its folder name under content/policies/). */
  policy: KebabIdSchema,
  /**
   * The version of the policy ('YYYY-MM', its reviewed month) whose words the decision was last
   * checked against. When the policy is revised the build stops until someone has read every
   * outcome against the new words and set this to the new version's month.
   */
  checkedAgainst: MonthSchema.optional(),
  /** The question as staff ask it ("A student sent me a friend request — may I accept?"). */
  question: requiredText('give the question as a staff member would ask it'),
  /** A short title for lists ("Friend or follow requests with students"). */
  title: requiredText('give a short title, e.g. "Friend or follow requests with students"'),
  /** One sentence on what the decision covers (home page, meta description). */
  summary: requiredText('give one sentence on what the decision covers'),
  /** The answer in a sentence or two, for the printable quick-reference card; it must not go beyond the outcomes. */
  shortAnswer: requiredText('give the short answer for the quick-reference card, in a sentence or two'),
  /** Position in lists of questions, smallest first. */
  order: z.number({ error: 'give the position in lists as a whole number, e.g. "order: 1"' }).int(),
  /** Words people search with ("friend request", "follow"). */
  keywords: z.array(z.string().min(1)).default([]),
});

/** A letter's text: required, and only the {placeholders} a letter can fill. */
function letterText(message: string) {
  return requiredText(message).refine((text) => unknownPlaceholders(text).length === 0, {
    error: (issue) =>
      `{${unknownPlaceholders(String(issue.input)).join('}, {')}} is not a word a letter can fill in; use ${Object.keys(
        LETTER_PLACEHOLDERS,
      )
        .map((name) => `{${name}}`)
        .join(', ')}`,
  });
}

/** One request letter a decision's outcome can prepare (an outcome's `request.letter`). */
const LetterSchema = z.strictObject({
  /** The letter's subject line. */
  subject: letterText('give the subject line, e.g. subject: Request for written permission to represent {school}'),
  /** The first paragraph: what is asked for. */
  request: letterText('give the paragraph that asks, e.g. request: I am asking for your written permission to …'),
  /** The sentence before the quoted clauses: why the policy asks for it. */
  reason: letterText(
    "give the sentence that leads into the quoted clauses, e.g. reason: The Division's procedure requires …",
  ),
  /** The lines under the requester's name, school and date, for the reply (signature lines). */
  reply: z
    .array(letterText('give each reply line as text'))
    .min(1, { error: 'give at least one reply line, e.g. - "Signature: {blank}   Date: {blank}"' }),
  /** Whether the form asks for the student's name (the letter is about a student). */
  asksForStudent: z.boolean().default(false),
});

/**
 * content/policies/<policy-slug>/letters.yaml: the request letters decisions on the policy can
 * prepare, by id (kebab-case), each with {placeholders} from LETTER_PLACEHOLDERS
 * (src/lib/request-letter.ts).
 */
export const LettersSchema = z.record(KebabIdSchema, LetterSchema);

/** What code reads for one letter. */
export type LetterTemplate = z.output<typeof LetterSchema>;

/** One fact of a situation a policy's decisions establish (facts.yaml). */
const FactSchema = z.strictObject({
  /** What the fact records, with the clause it comes from. */
  about: requiredText("say what the fact records, e.g. about: 'Whether the principal has approved the group (3(b)).'"),
  /** The values an answer may give it (quote yes and no: 'yes', 'no'). */
  values: z
    .array(KebabIdSchema, { error: "list the values as kebab-case words, e.g. values: ['yes', 'no', unsure]" })
    .min(2, { error: "list at least two values, e.g. values: ['yes', 'no', unsure]" })
    .refine((values) => new Set(values).size === values.length, { error: 'list each value once' }),
});

/**
 * content/policies/<policy-slug>/facts.yaml: the facts of a situation that the policy's decisions
 * establish (machines/facts.ts), by name (camelCase), each with the values answers may give it.
 */
export const FactsSchema = z.record(
  z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: 'name a fact in camelCase, e.g. twoStaffAdmins' }),
  FactSchema,
);

/** One group worked examples are listed in. */
const ExampleTopicSchema = z.object({
  /** The group's id, which examples name in `topic:`; its page is /questions/examples/<id>/. */
  id: KebabIdSchema,
  /** The heading the group is listed under. */
  heading: requiredText('give the heading the examples are listed under, e.g. heading: Your own posts'),
});

/** content/example-topics.yaml: the groups worked examples are listed in, in order. */
export const ExampleTopicsSchema = z.array(ExampleTopicSchema).min(1, { error: 'list at least one topic' });

/** One entry of content/search/thesaurus.yaml: the words staff type, and the site's words search also finds them by. */
const ThesaurusEntrySchema = z.strictObject({
  /** What staff type: words or short phrases, e.g. [coworker, workmate]. */
  words: z
    .array(z.string().trim().min(1), { error: 'list the words staff type, e.g. words: [coworker, workmate]' })
    .min(1, { error: 'list at least one word staff type' }),
  /** The site's own words or phrases these mean; each must be on some page search finds. */
  find: z
    .array(z.string().trim().min(1), { error: 'list the site’s words they mean, e.g. find: [colleague, employee]' })
    .min(1, { error: 'list at least one of the site’s words' }),
});

/** content/search/thesaurus.yaml: staff words and the site's words they mean, for search. */
export const ThesaurusSchema = z.array(ThesaurusEntrySchema);

/** One walk of a worked example through a decision: the answers a person in that situation gives, and where they lead. */
const ExampleWalkSchema = z.object({
  /** The decision walked (a scenario id). */
  scenario: KebabIdSchema,
  /** Each question asked (its state name in machines/) with the answer given, in the order the decision asks them. */
  answers: z.record(
    z.string(),
    z.string({ error: "write each answer as text, quoted: isCurrentStudent: student, hasWrittenPermission: 'yes'" }),
  ),
  /** The verdict the answers lead to; the build checks it against the decision. */
  verdict: z.enum(VERDICTS, { error: `use one of the verdicts: ${VERDICTS.join(', ')}` }),
  /** Clauses the outcome quotes that the example is about; the build checks the outcome cites each. */
  cites: z.array(ClauseIdSchema).min(1, { error: 'list at least one clause the outcome quotes, e.g. cites: [2a]' }),
});

/** content/examples.yaml: one entry per worked example, shown at /questions/examples/. */
export const WorkedExampleSchema = z.object({
  /** The example's anchor on the page (`#<id>`): permanent, kebab-case. */
  id: KebabIdSchema,
  /** The group it is listed under: an id from content/example-topics.yaml. */
  topic: KebabIdSchema,
  /** The situation in one line, as its heading. */
  title: requiredText('give the situation in one line'),
  /** The situation in plain words, as a staff member would tell it. */
  situation: requiredText('tell the situation in a sentence or two'),
  /** The answer in plain words; it must say what the walks' outcomes say. */
  answer: requiredText('give the answer in a sentence or two, as the outcomes give it'),
  /** Words people search with for this situation. */
  keywords: z.array(z.string().min(1)).default([]),
  /**
   * Asked on its policy's self-check (`/<policy>/check-yourself/`): the situation alone, then the
   * verdict and clauses its first walk reaches, replayed through the decision at build time.
   */
  selfCheck: z.boolean({ error: 'write selfCheck: true, or leave it out' }).default(false),
  /** The decisions this situation can be asked through, each walked to its outcome. */
  walks: z.array(ExampleWalkSchema).min(1, { error: 'walk the example through at least one decision' }),
});

/** What code reads for a worked example. */
export type WorkedExample = z.output<typeof WorkedExampleSchema>;
/** content/site.yaml, checked. */
export type SiteConfig = z.output<typeof SiteSchema>;

/** What code reads for a policy. */
export type Policy = z.output<typeof PolicySchema>;
/** What authors write for a policy. */
export type PolicyInput = z.input<typeof PolicySchema>;
/** What code reads for a clause's frontmatter. */
export type ClauseData = z.output<typeof ClauseSchema>;
/** What authors write in a clause's frontmatter. */
export type ClauseInput = z.input<typeof ClauseSchema>;

// ─── A decision's words: content/decisions/<scenario-id>.yaml and content/decisions/shared.yaml ───

/** One thing to do: the policy's words (with the clauses they follow from) or this site's advice. */
const ActionStepSchema = z.discriminatedUnion(
  'says',
  [
    z.strictObject({
      says: z.literal('policy'),
      text: requiredText('give the step in the policy’s words'),
      cites: z.array(ClauseIdSchema).min(1, { error: 'name the clauses the step follows from, e.g. cites: [2a]' }),
    }),
    z.strictObject({ says: z.literal('advice'), text: requiredText('give the advice in a sentence') }),
  ],
  { error: 'a step says "policy" (with text and cites) or "advice" (with text)' },
);

/** A condition (or a clause that still applies), with the clauses it comes from. */
const ConditionWordsSchema = z.strictObject({
  text: requiredText('give the condition in a sentence'),
  cites: z.array(ClauseIdSchema).min(1, { error: 'name the clauses the condition comes from, e.g. cites: [2a]' }),
});

/** A phrase of shared.yaml, named by its id where several outcomes say the same thing. */
const PhraseIdSchema = KebabIdSchema;

/** A question's words: the question, optional help, and each answer's label (and help) by answer name. */
const QuestionWordsSchema = z.strictObject({
  prompt: requiredText('give the question, asked of the staff member'),
  hint: z.string().min(1).optional(),
  answers: z.record(
    z.string(),
    z.union([
      requiredText('give the answer’s label'),
      z.strictObject({ label: requiredText('give the answer’s label'), hint: z.string().min(1).optional() }),
    ]),
    { error: 'list each answer by its name in the machine, with its label' },
  ),
  requirement: z.string().min(1).optional(),
});

/** An outcome's words: its title and explanation, and what it lists (conditions, steps…), each inline or a phrase id. */
const OutcomeWordsSchema = z.strictObject({
  title: requiredText('give the answer in a few words'),
  explanation: requiredText('explain the answer in terms of the clauses'),
  eitherWay: z.string().min(1).optional(),
  conditions: z.array(z.union([PhraseIdSchema, ConditionWordsSchema])).optional(),
  stillApplies: z.array(z.union([PhraseIdSchema, ConditionWordsSchema])).optional(),
  wouldAllow: z.string().min(1).optional(),
  askWhom: z.string().min(1).optional(),
  nextSteps: z.array(z.union([PhraseIdSchema, ActionStepSchema])).optional(),
  afterTheFact: z.array(z.union([PhraseIdSchema, ActionStepSchema])).optional(),
  copyText: z
    .strictObject({ label: requiredText('name what is copied'), text: requiredText('give the text to copy') })
    .optional(),
  handOff: z
    .strictObject({ scenario: KebabIdSchema, label: requiredText('say what the other decision answers') })
    .optional(),
});

/** A state's words: a question's, an outcome's, or `shared: <id>` for words in shared.yaml. */
const StateWordsSchema = z.union([z.strictObject({ shared: KebabIdSchema }), QuestionWordsSchema, OutcomeWordsSchema], {
  error:
    'give a question (prompt, answers), an outcome (title, explanation) or shared: <id>; check the field names against another decision',
});

/** content/decisions/<scenario-id>.yaml: every state of the decision's machine, by state name. */
export const DecisionWordingSchema = z.record(z.string(), StateWordsSchema);

/** content/decisions/shared.yaml: states' words and phrases that several decisions share, by id. */
export const SharedWordingSchema = z.strictObject({
  states: z.record(KebabIdSchema, z.union([QuestionWordsSchema, OutcomeWordsSchema])).default({}),
  phrases: z.record(KebabIdSchema, z.union([ConditionWordsSchema, ActionStepSchema])).default({}),
});

/** What code reads for a decision's words (phrases not yet resolved). */
export type DecisionWording = z.output<typeof DecisionWordingSchema>;
/** What code reads for shared.yaml. */
export type SharedWording = z.output<typeof SharedWordingSchema>;
