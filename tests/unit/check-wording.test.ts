/** The build's check of a decision's words against its machine (src/lib/check-wording.ts): each mistake named with its file and line. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DecisionWordingSchema, SharedWordingSchema } from '../../content/schema';
import routing from '../../machines/decisions/friend-request';
import { resolveWording, unusedSharedWording, type WordingFile } from '../../src/lib/check-wording';
import { CONTENT_ROOT, readDecisionWording, readSharedWording } from '../helpers/content-files';

const FILE = 'content/decisions/friend-request.yaml';
const MACHINE = 'machines/decisions/friend-request.ts';
const real = readDecisionWording(CONTENT_ROOT, 'friend-request');
const shared = readSharedWording(CONTENT_ROOT);

/** The decision's file with its text changed, read as the build reads it. */
function edited(change: (raw: string) => string): WordingFile<ReturnType<typeof DecisionWordingSchema.parse>> {
  const raw = change(real.raw);
  return { file: FILE, raw, data: DecisionWordingSchema.parse(parse(raw)) };
}
const lineOf = (raw: string, text: string) => raw.split('\n').findIndex((line) => line.includes(text)) + 1;
const problemsOf = (file: WordingFile<ReturnType<typeof DecisionWordingSchema.parse>>) =>
  resolveWording(routing, MACHINE, file, shared).problems;

describe('a decision’s words against its machine', () => {
  it('finds every state and answer of the real decision worded', () => {
    const { wording, problems } = resolveWording(routing, MACHINE, real, shared);
    expect(problems).toEqual([]);
    const worded = Object.entries(routing.config.states ?? {}).filter(([, state]) => state.meta !== undefined);
    expect(Object.keys(wording).sort()).toEqual(worded.map(([name]) => name).sort());
  });

  it('names a state the machine has that is left without words', () => {
    const file = edited((raw) => raw.replace(/^isCurrentStudent:\n(?: {2}.*\n)+/m, ''));
    expect(problemsOf(file)).toEqual([
      expect.objectContaining({
        file: FILE,
        field: 'isCurrentStudent',
        message: expect.stringMatching(/has no words/),
      }),
    ]);
  });

  it('names the line of words for a state the machine does not have', () => {
    const file = edited((raw) => `${raw}isGhostState:\n  prompt: Is this asked?\n  answers:\n    yes: 'Yes'\n`);
    expect(problemsOf(file)).toEqual([
      {
        file: `${FILE}:${String(lineOf(file.raw, 'isGhostState:'))}`,
        field: 'isGhostState',
        message: expect.stringMatching(/has no state "isGhostState"/),
      },
    ]);
  });

  it('names an answer without a label, and the line of a label for an answer the question does not offer', () => {
    const file = edited((raw) =>
      raw.replace('    student: Yes, a school student\n', '    pupil: Yes, a school student\n'),
    );
    const problems = problemsOf(file);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/the answer "student" has no label/),
      expect.stringMatching(/"isCurrentStudent" has no answer "pupil"/),
    ]);
    expect(problems[1]?.file).toBe(`${FILE}:${String(lineOf(file.raw, 'pupil:'))}`);
  });

  it('names the line of a phrase that shared.yaml does not have', () => {
    const [id] = Object.keys(shared?.data.phrases ?? {});
    const phraseLine = real.raw.split('\n').find((line) => id !== undefined && line.trim() === `- ${id}`);
    expect(phraseLine).toBeDefined();
    const file = edited((raw) => raw.replace(phraseLine ?? '', (phraseLine ?? '').replace(id ?? '', 'no-such-phrase')));
    const problems = problemsOf(file);
    expect(problems).toEqual([
      {
        file: `${FILE}:${String(lineOf(file.raw, 'no-such-phrase'))}`,
        field: expect.any(String),
        message: expect.stringMatching(/has no phrase "no-such-phrase"/),
      },
    ]);
  });

  it('names shared words that no decision uses', () => {
    if (!shared) throw new Error('content/decisions/shared.yaml is missing');
    const raw = `${shared.raw}\n  never-used:\n    says: advice\n    text: Nobody lists this.\n`;
    const withUnused = { file: shared.file, raw, data: SharedWordingSchema.parse(parse(raw)) };
    const decisions = [
      'academic-group',
      'friend-request',
      'messaging-a-student',
      'personal-post',
      'representing-the-division',
      'school-group',
      'sharing-student-content',
    ].map((id) => readDecisionWording(CONTENT_ROOT, id));
    expect(unusedSharedWording(withUnused, decisions)).toEqual([
      expect.objectContaining({
        field: 'phrases.never-used',
        message: expect.stringMatching(/no outcome lists the phrase "never-used"/),
      }),
    ]);
  });
});
