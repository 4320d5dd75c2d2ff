/**
 * Reads a policy's original text file (as published, kept verbatim in `source.txt`) into its parts,
 * so tests can prove the site shows every word of it. Pure: no file system, no Astro.
 *
 * The format is the one the Division publishes: a title line, "Background", "Definitions",
 * "Procedures" headings (or the headings policy.yaml names), numbered sections ("1. Title") with
 * lettered clauses ("- a) Text") or dotted ones ("1.2 Text", "1.2.1 Text"), or, for a policy
 * numbered plainly, numbered clauses ("4. Text"); then the adoption date, "References", "Updates:"
 * and "Reviewed:" lines, or the date lines other divisions print ("Approved: October 2019",
 * "Amended: …"; DATE_LABELS lists them).
 */

/** One lettered clause as printed, with its id (section number + letter, e.g. "3e"). */
interface SourceClause {
  id: string;
  text: string;
}

/** One numbered section as printed. */
interface SourceSection {
  number: number;
  title: string;
  clauses: SourceClause[];
}

/** The policy's parts, each as printed (whitespace folded, Markdown emphasis kept). */
export interface SourceText {
  title: string;
  background: string[];
  definitions: string[];
  procedures: string[];
  sections: SourceSection[];
  adopted: string;
  references: string[];
  updates: string[];
  reviewed: string;
}

const SECTION_LINE = /^(\d+)\.\s+(.+)$/;
const CLAUSE_LINE = /^-\s*([a-z])\)\s+(.+)$/;
/** A dotted clause ("1.2 Staff will…", "1.2.1 …"), the way policies numbered 1.1, 1.2 print them. */
const DOTTED_CLAUSE_LINE = /^(\d+(?:\.\d+){1,2})\s+(.+)$/;

/**
 * The labels of the date lines procedures print, by the date they give: "Approved: October 2019"
 * is the adoption date, "Amended: March 2021, June 2023" the updates. Case aside; a colon follows.
 * A line "<label>: <date>" with a label not listed here stops the parser, so no date is filed as a
 * reference unnoticed.
 */
const DATE_LABELS = {
  adopted: ['Adopted', 'Approved', 'Date Adopted', 'Date Approved', 'Effective', 'Effective Date'],
  updates: ['Updates', 'Updated', 'Amended', 'Revised', 'Last Amended', 'Last Revised', 'Last Updated'],
  reviewed: ['Reviewed', 'Last Reviewed', 'Date Reviewed'],
} as const;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * The month ('YYYY-MM') of a date as procedures print it: "April, 2012", "October 2019",
 * "October 15, 2019", "15 October 2019", "2019-10" or "2019-10-15"; undefined for anything else.
 * The site keeps months only, so a day is read and dropped.
 */
export function publishedMonth(printed: string): string | undefined {
  const text = printed.trim().replace(/\.$/, '');
  const iso = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(text);
  if (iso?.[1] && iso[2]) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 ? `${iso[1]}-${iso[2]}` : undefined;
  const [, name = '', year = ''] =
    /^([A-Za-z]+)\.?(?:\s+\d{1,2})?,?\s+(\d{4})$/.exec(text) ?? /^\d{1,2}\s+([A-Za-z]+),?\s+(\d{4})$/.exec(text) ?? [];
  // The month's name in full, or shortened to three letters or more ("Oct", "Sept").
  const month = MONTHS.findIndex((full) => name.length >= 3 && full.startsWith(name.toLowerCase()));
  return month === -1 || !year ? undefined : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Folds runs of white space (including the source's page breaks) into single spaces. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes the Markdown emphasis markers the source uses for italics (`*friends*`). */
export function stripEmphasis(text: string): string {
  return text.replace(/\*([^*]+)\*/g, '$1');
}

/** The headings a policy's source.txt prints for each part, as its policy.yaml declares them. */
interface SourceHeadings {
  background: string;
  definitions: string;
  procedures: string;
  references: string;
}

/** The headings of the real policy, and of any policy.yaml that does not name its own. */
const DEFAULT_HEADINGS: SourceHeadings = {
  background: 'Background',
  definitions: 'Definitions',
  procedures: 'Procedures',
  references: 'References',
};

/** How to read a policy's source.txt: what policy.yaml says about its layout. */
export interface SourceLayout {
  /** The file, for messages. */
  file?: string;
  /** The headings it prints above each part (policy.yaml `headings`). */
  headings?: SourceHeadings;
  /** How it numbers its clauses (policy.yaml `numbering`). */
  numbering?: 'letters' | 'dotted' | 'plain';
  /**
   * Whether its numbered top-level lines are section headings ("1. Loans", policy.yaml lists
   * `sections`) or clauses with their own words ("1. The Division will…", no `sections`).
   */
  printsSections?: boolean;
}

/**
 * Parses the published text of a policy into its parts, finding each part under the heading the
 * policy prints for it (`headings`, case aside); throws on a line of unknown shape, naming the file
 * (`file`, for the message), the line number and the line. The title is the first line, with
 * the lines in capitals after it before the first heading (a title printed over two lines).
 *
 * In a policy that prints no sections, each top-level clause ("1. The Division will…") comes back
 * as a section of that number with no title, holding the clause and its sub-clauses ("1a", or
 * "1.1" and "1.1.1").
 */
export function parseSourceText(raw: string, layout: SourceLayout = {}): SourceText {
  const { file = 'source.txt', headings = DEFAULT_HEADINGS, numbering = 'letters', printsSections = true } = layout;
  const partByHeading = new Map(
    (Object.entries(headings) as [keyof SourceHeadings, string][]).map(([part, heading]) => [
      heading.toLowerCase(),
      part,
    ]),
  );
  const headingList = Object.values(headings).join(', ');
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  const nonEmpty = lines.filter((line) => line !== '');
  // The line number of each non-empty line, for messages.
  const lineNumbers = lines.flatMap((line, index) => (line === '' ? [] : [index + 1]));
  const where = (index: number) => `${file}, line ${String(lineNumbers[index] ?? '?')}`;
  const result: SourceText = {
    title: '',
    background: [],
    definitions: [],
    procedures: [],
    sections: [],
    adopted: '',
    references: [],
    updates: [],
    reviewed: '',
  };
  const titleLines: string[] = [];

  type Part = 'title' | 'background' | 'definitions' | 'procedures' | 'references';
  let part: Part = 'title';
  let openClause: SourceClause | undefined;

  for (const [index, line] of nonEmpty.entries()) {
    // A clause that does not yet end a sentence continues on the next line (the page break in 2d).
    if (openClause && !/[.:;]$/.test(openClause.text)) {
      openClause.text = `${openClause.text} ${line}`;
      continue;
    }
    openClause = undefined;

    const headed = partByHeading.get(line.toLowerCase());
    if (headed) {
      part = headed;
      continue;
    }
    const dated = part === 'title' ? undefined : readDateLine(line, where(index));
    if (dated?.kind === 'adopted') result.adopted = dated.dates[0] ?? '';
    if (dated?.kind === 'reviewed') result.reviewed = dated.dates[0] ?? '';
    if (dated?.kind === 'updates') result.updates.push(...dated.dates);
    if (dated) continue;
    // The adoption date alone after the last clause ("April, 2012"), as this Division prints it.
    if (part === 'procedures' && /^[A-Za-z]/.test(line) && publishedMonth(line)) {
      result.adopted = line;
      continue;
    }

    if (part === 'title' && (titleLines.length === 0 || line === line.toUpperCase())) titleLines.push(line);
    else if (part === 'background') result.background.push(line);
    else if (part === 'definitions') result.definitions.push(line);
    else if (part === 'references') result.references.push(line);
    else if (part === 'procedures') {
      const section = SECTION_LINE.exec(line);
      const clause = CLAUSE_LINE.exec(line);
      const dotted = DOTTED_CLAUSE_LINE.exec(line);
      const current = result.sections.at(-1);
      if (!printsSections) {
        // No section headings: "1. The Division will…" is clause 1, and its sub-clauses ("- a) …",
        // or "1.1 …" and "1.1.1 …") follow it as the numbering declares.
        if (section?.[1] && section[2]) {
          openClause = { id: section[1], text: section[2] };
          result.sections.push({ number: Number(section[1]), title: '', clauses: [openClause] });
        } else if (numbering === 'letters' && clause?.[1] && clause[2] && current) {
          openClause = { id: `${current.number}${clause[1]}`, text: clause[2] };
          current.clauses.push(openClause);
        } else if (
          numbering === 'dotted' &&
          dotted?.[1] &&
          dotted[2] &&
          current &&
          dotted[1].startsWith(`${current.number}.`)
        ) {
          openClause = { id: dotted[1], text: dotted[2] };
          current.clauses.push(openClause);
        } else if (result.sections.length === 0) {
          result.procedures.push(line);
        } else {
          const subClause = { letters: '"- a) …"', dotted: `"${String(current?.number ?? 1)}.1 …"`, plain: '' }[
            numbering
          ];
          throw new Error(
            `${where(index)}: cannot place "${line}": it is not a numbered clause ("${String((current?.number ?? 0) + 1)}. …")${subClause ? ` or a sub-clause of clause ${String(current?.number ?? 1)} (${subClause})` : ''} or one of the policy's headings (${headingList}; policy.yaml \`headings\` names them)`,
          );
        }
      } else if (numbering === 'plain') {
        // Plain numbering with sections ("4. Staff will…"): each numbered line is a clause, and its
        // own section, under a title the source does not print (policy.yaml gives it).
        if (section?.[1] && section[2]) {
          openClause = { id: section[1], text: section[2] };
          result.sections.push({ number: Number(section[1]), title: '', clauses: [openClause] });
        } else if (result.sections.length === 0) {
          result.procedures.push(line);
        } else {
          throw new Error(
            `${where(index)}: cannot place "${line}": it is not a numbered clause ("4. Staff will…") or one of the policy's headings (${headingList}; policy.yaml \`headings\` names them)`,
          );
        }
      } else if (section?.[1] && section[2]) {
        result.sections.push({ number: Number(section[1]), title: section[2], clauses: [] });
      } else if (clause?.[1] && clause[2] && current) {
        openClause = { id: `${current.number}${clause[1]}`, text: clause[2] };
        current.clauses.push(openClause);
      } else if (dotted?.[1] && dotted[2] && current && dotted[1].startsWith(`${current.number}.`)) {
        openClause = { id: dotted[1], text: dotted[2] };
        current.clauses.push(openClause);
      } else if (result.sections.length === 0) {
        result.procedures.push(line);
      } else {
        throw new Error(
          `${where(index)}: cannot place "${line}": it is not a numbered section ("1. Title"), a clause ("- a) …", or "1.2 …" within section 1) or one of the policy's headings (${headingList}; policy.yaml \`headings\` names them)`,
        );
      }
    } else {
      throw new Error(
        `${where(index)}: "${line}" comes before the first heading: the title is the first line (or lines, in capitals), then one of the policy's headings (${headingList}; policy.yaml \`headings\` names them)`,
      );
    }
  }
  result.title = titleLines.join(' ');
  return result;
}

/**
 * Reads a date line ("Reviewed: February 2020", "Updates: June 2013, June 2018"): which date it
 * gives and the dates as printed; undefined for a line that is not one. Throws, naming the line,
 * for a known label whose dates it cannot read, and for an unknown label followed by dates.
 */
function readDateLine(line: string, where: string): { kind: keyof typeof DATE_LABELS; dates: string[] } | undefined {
  const labelled = /^([A-Za-z][A-Za-z ]{0,30}?)\s*:\s*(.+)$/.exec(line);
  if (!labelled?.[1] || !labelled[2]) return undefined;
  const label = labelled[1].toLowerCase();
  const dates = labelled[2].split(/[,;]\s*(?=[A-Za-z]+\.?\s+\d|\d{4}-|\d{1,2}\s+[A-Za-z])/).map((date) => date.trim());
  const readable = dates.every((date) => publishedMonth(date) !== undefined);
  const kind = (Object.keys(DATE_LABELS) as (keyof typeof DATE_LABELS)[]).find((candidate) =>
    DATE_LABELS[candidate].some((known) => known.toLowerCase() === label),
  );
  const labels = Object.values(DATE_LABELS).flat().join(', ');
  if (kind && (!readable || (kind !== 'updates' && dates.length > 1))) {
    throw new Error(
      `${where}: cannot read ${kind === 'updates' ? 'the dates' : 'one date'} in "${line}": the site reads dates printed as "October 2019", "Oct. 15, 2019", "15 October 2019" or "2019-10-15"${kind === 'updates' ? ', separated by commas' : ''}. Check the line against the published procedure; a date printed another way needs publishedMonth (src/lib/source-text.ts) to learn it`,
    );
  }
  if (kind) return { kind, dates };
  if (readable) {
    throw new Error(
      `${where}: "${line}" looks like a date, but "${labelled[1]}" is not a date label the site reads (${labels}); if the procedure prints this label, DATE_LABELS (src/lib/source-text.ts) needs to learn it`,
    );
  }
  return undefined;
}
