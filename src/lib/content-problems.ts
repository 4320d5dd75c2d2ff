/**
 * The one shape of a content mistake, and the one way it is shown: every check of content (the
 * schemas' cross-file checks, the word-for-word comparison, decisions, worked examples) returns
 * ContentProblems, and the build stops with formatContentProblems, naming each file (and line,
 * where known), field and what to do.
 */

/** One authoring mistake: where it is, which field, and what to do about it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/**
 * The problem with the line of its YAML file where its top-level field is written
 * (`policy.yaml:6` for `adopted`), so an author goes straight to it; unchanged when the problem
 * names a line already or the field is not written in `raw` (the file's text).
 */
export function atFieldLine(problem: ContentProblem, raw: string): ContentProblem {
  if (/:\d+$/.test(problem.file)) return problem;
  const index = raw.split(/\r?\n/).findIndex((line) => line.startsWith(`${problem.field}:`));
  return index === -1 ? problem : { ...problem, file: `${problem.file}:${String(index + 1)}` };
}

/** Formats problems as one message per line, for a build error. */
export function formatContentProblems(problems: ContentProblem[]): string {
  return [
    `The policy content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
    ...problems.map((problem) => `  ${problem.file} — field "${problem.field}": ${problem.message}`),
  ].join('\n');
}
