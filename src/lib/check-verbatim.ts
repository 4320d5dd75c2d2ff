/**
 * The build's word-for-word check: every clause file and every quoted paragraph of policy.yaml
 * against the published text (source.txt), so an author learns of a changed word from
 * `npm run build` or `npm run dev`, with the file and the line, not from the tests alone.
 * Pure: the caller reads the files.
 */
import type { ContentProblem } from './content-problems';
import type { Policy } from '../../content/schema';
import { foldWhitespace, parseSourceText, publishedMonth, stripEmphasis, type SourceText } from './source-text';

/** A clause file as read from disk: where it is, its id, and the whole file (frontmatter and body). */
export interface ClauseSourceFile {
  file: string;
  id: string;
  raw: string;
}

const words = (text: string) => foldWhitespace(stripEmphasis(text)).split(' ').filter(Boolean);

/**
 * Compares a policy's clause files and policy.yaml with its source.txt; returns one problem per
 * difference, each naming the file and line (`file:line`) and quoting the words where they part.
 */
export function checkVerbatim(
  policy: { file: string; data: Policy },
  sourceFile: string,
  source: string,
  clauseFiles: ClauseSourceFile[],
): ContentProblem[] {
  let published: SourceText;
  try {
    published = parseSourceText(source, {
      file: sourceFile,
      headings: policy.data.headings,
      numbering: policy.data.numbering,
      printsSections: policy.data.sections.length > 0,
    });
  } catch (error) {
    return [{ file: sourceFile, field: '(text)', message: error instanceof Error ? error.message : String(error) }];
  }
  const problems: ContentProblem[] = [];
  const publishedClauses = new Map(
    published.sections.flatMap((section) => section.clauses).map((clause) => [clause.id, clause.text]),
  );
  for (const clause of clauseFiles) {
    const text = publishedClauses.get(clause.id);
    if (text === undefined) {
      problems.push({
        file: clause.file,
        field: 'id',
        message: `${sourceFile} has no clause "${clause.id}" (its clauses: ${[...publishedClauses.keys()].join(', ')}); remove the file or fix its id`,
      });
      continue;
    }
    const difference = firstDifference(bodyOf(clause.raw), text);
    if (difference) {
      problems.push({
        file: `${clause.file}:${String(difference.line)}`,
        field: '(text)',
        message: `the words differ from ${sourceFile} at "${difference.published}" (this file has "${difference.written}"); copy the clause again, word for word`,
      });
    }
  }
  for (const id of publishedClauses.keys()) {
    if (!clauseFiles.some((clause) => clause.id === id)) {
      problems.push({
        file: policy.file,
        field: 'clauses',
        message: `${sourceFile} has clause "${id}", which has no file: add clauses/${id}.mdx with its words`,
      });
    }
  }
  const paragraphs: [field: string, written: string[], printed: string[]][] = [
    ['background', policy.data.background, published.background],
    ['definitions', policy.data.definitions.map((definition) => definition.text), published.definitions],
    ['procedures', policy.data.procedures ? [policy.data.procedures] : [], published.procedures],
  ];
  for (const [field, written, printed] of paragraphs) {
    const writtenText = written.join(' ');
    const printedText = printed.join(' ');
    if (words(writtenText).join(' ') !== words(printedText).join(' ')) {
      const difference = firstDifference(writtenText, printedText);
      problems.push({
        file: policy.file,
        field,
        message: `differs from ${sourceFile}${difference ? ` at "${difference.published}" (policy.yaml has "${difference.written}")` : ''}; copy it again, word for word`,
      });
    }
  }
  problems.push(...checkDatesAndReferences(policy, sourceFile, published));
  return problems;
}

/**
 * policy.yaml's dates (months) and references against the lines source.txt prints: a date the
 * text does not give stays out of policy.yaml, so the site says "not published" rather than guess.
 * (Exported for the tests of kept earlier versions, which the build does not compare.)
 */
export function checkDatesAndReferences(
  policy: { file: string; data: Policy },
  sourceFile: string,
  published: SourceText,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const dates: [field: string, written: string[], printed: string[]][] = [
    ['adopted', policy.data.adopted ? [policy.data.adopted] : [], published.adopted ? [published.adopted] : []],
    ['updated', policy.data.updated, published.updates],
    ['reviewed', policy.data.reviewed ? [policy.data.reviewed] : [], published.reviewed ? [published.reviewed] : []],
  ];
  for (const [field, written, printed] of dates) {
    const expected = printed.map((date) => publishedMonth(date) ?? date);
    if (written.join() !== expected.join()) {
      const months = (list: string[]) => (list.length === 0 ? 'none' : list.map((date) => `'${date}'`).join(', '));
      problems.push({
        file: policy.file,
        field,
        message:
          printed.length === 0
            ? `${sourceFile} prints no such date; leave \`${field}\` out of policy.yaml (it has ${months(written)}), and the site says "not published"`
            : `${sourceFile} prints "${printed.join(', ')}", which is ${months(expected)}; policy.yaml has ${months(written)}`,
      });
    }
  }
  if (policy.data.references.map(foldWhitespace).join('\n') !== published.references.map(foldWhitespace).join('\n')) {
    problems.push({
      file: policy.file,
      field: 'references',
      message: `differs from the references ${sourceFile} prints (${published.references.map((reference) => `"${reference}"`).join(', ') || 'none'}); copy each line again, word for word`,
    });
  }
  return problems;
}

/** The body of an MDX file, with the number of the file's line it starts on. */
function bodyOf(raw: string): { text: string; firstLine: number } {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  // Frontmatter: from the first line "---" to the next.
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return { text: lines.slice(end + 1).join('\n'), firstLine: end + 2 };
}

/**
 * Where two texts part, word by word (emphasis markers and line breaks aside): the line of the
 * written text it happens on, and a few words of each from there; undefined when they agree.
 */
function firstDifference(
  written: string | { text: string; firstLine: number },
  printed: string,
): { line: number; written: string; published: string } | undefined {
  const { text, firstLine } = typeof written === 'string' ? { text: written, firstLine: 1 } : written;
  const mine = words(text);
  const theirs = words(printed);
  const at = mine.findIndex((word, index) => word !== theirs[index]);
  const index = at === -1 ? (mine.length === theirs.length ? -1 : mine.length) : at;
  if (index === -1) return undefined;
  // The line the differing word is on: count words line by line.
  let seen = 0;
  let line = firstLine;
  for (const [offset, lineText] of text.split('\n').entries()) {
    seen += words(lineText).length;
    line = firstLine + offset;
    if (seen > index) break;
  }
  const quote = (list: string[]) => list.slice(Math.max(0, index - 2), index + 4).join(' ') || '(nothing)';
  return { line, written: quote(mine), published: quote(theirs) };
}
