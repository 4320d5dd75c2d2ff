import { wordedMachine } from '../helpers/content-files';
import { describe, expect, it } from 'vitest';
import personalPostMachineRouting from '../../machines/decisions/personal-post';
import friendRequestMachineRouting from '../../machines/decisions/friend-request';
import { replayAnswers, stateNameOf } from '../../src/lib/decision';
import { parseStepPath, stepPath, toSlug } from '../../src/lib/step-address';
import { describeStep } from '../../src/lib/step-view';

const friendRequestMachine = wordedMachine(friendRequestMachineRouting);

const personalPostMachine = wordedMachine(personalPostMachineRouting);

describe('step addresses', () => {
  it('key answers by question name, in kebab-case', () => {
    expect(toSlug('isPartOfCourseOrClub')).toBe('is-part-of-course-or-club');
    expect(toSlug('notSure')).toBe('not-sure');
    expect(stepPath([{ question: 'isCurrentStudent', answer: 'notStudent' }])).toBe(
      'answers/is-current-student=not-student/',
    );
  });

  it('read answers back from an address, setting aside malformed segments', () => {
    const { answers, malformed } = parseStepPath('is-current-student=student/garbage/x=1/x=2/%ZZ');
    expect([...answers]).toEqual([
      ['is-current-student', 'student'],
      ['x', '1'],
    ]);
    expect(malformed).toEqual(['garbage', 'x=2', '%ZZ']);
  });
});

describe('replayAnswers', () => {
  it('follows answers by question name, whatever their order in the address', () => {
    const replay = replayAnswers(
      friendRequestMachine,
      new Map([
        ['is-part-of-course-or-club', 'yes'],
        ['what-kind-of-connection', 'request'],
        ['is-current-student', 'student'],
      ]),
    );
    expect(stateNameOf(replay.snapshot)).toBe('hasOtherStaffAdmin');
    expect(replay.ignored).toEqual([]);
  });

  it('stops at the last valid step and reports an unknown answer or question', () => {
    const replay = replayAnswers(
      friendRequestMachine,
      new Map([
        ['is-current-student', 'student'],
        ['what-kind-of-connection', 'request'],
        ['is-part-of-course-or-club', 'perhaps'],
        ['no-such-question', 'yes'],
      ]),
    );
    expect(stateNameOf(replay.snapshot)).toBe('isPartOfCourseOrClub');
    expect(replay.ignored).toEqual(['is-part-of-course-or-club=perhaps', 'no-such-question=yes']);
  });

  it('replays a link made before the question "has it already happened?" as "not yet", and says it assumed so', () => {
    const replay = replayAnswers(friendRequestMachine, new Map([['is-current-student', 'not-student']]));
    expect(stateNameOf(replay.snapshot)).toBe('notAStudent');
    expect(replay.steps[0]).toEqual({ question: 'hasItHappened', answer: 'notYet' });
    expect(replay.assumed).toEqual(['hasItHappened']);
    // An empty address is the first question, not an assumed answer.
    expect(replayAnswers(friendRequestMachine, new Map()).assumed).toEqual([]);
  });

  it('never assumes an answer to a question that can change the verdict', () => {
    const replay = replayAnswers(
      personalPostMachine,
      new Map([
        ['has-it-happened', 'not-yet'],
        ['is-only-a-reaction', 'post'],
        ['includes-student-content', 'no'],
      ]),
    );
    expect(stateNameOf(replay.snapshot)).toBe('isWrittenToStudent');
    expect(replay.ignored).toEqual(['includes-student-content=no']);
  });

  it('reports answers to questions that are not on the path taken', () => {
    const replay = replayAnswers(
      friendRequestMachine,
      new Map([
        ['is-current-student', 'not-student'],
        ['has-other-staff-admin', 'yes'],
      ]),
    );
    expect(stateNameOf(replay.snapshot)).toBe('notAStudent');
    expect(replay.ignored).toEqual(['has-other-staff-admin=yes']);
  });
});

describe('describeStep', () => {
  const replay = replayAnswers(
    friendRequestMachine,
    new Map([
      ['is-current-student', 'student'],
      ['what-kind-of-connection', 'request'],
    ]),
  );
  const view = describeStep(friendRequestMachine, replay.snapshot, replay.steps, '/base/questions/friend-request/');
  const start = '/base/questions/friend-request/answers/has-it-happened=not-yet/';
  const here = `${start}is-current-student=student/what-kind-of-connection=request/`;

  it('links each answer to the step it leads to', () => {
    expect(view.current.kind === 'question' && view.current.answers.map((choice) => choice.href)).toEqual([
      `${here}is-part-of-course-or-club=yes/`,
      `${here}is-part-of-course-or-club=no/`,
      `${here}is-part-of-course-or-club=not-sure/`,
    ]);
  });

  it('lists the answers given, each with a link back to its question, and Back to the previous step', () => {
    expect(view.given).toEqual([
      expect.objectContaining({ changeHref: '/base/questions/friend-request/answers/' }),
      expect.objectContaining({
        prompt: 'Is the other person a student, at any school?',
        answerLabel: 'Yes, a school student',
        changeHref: start,
      }),
      expect.objectContaining({
        prompt: 'What is happening?',
        changeHref: `${start}is-current-student=student/`,
      }),
    ]);
    expect(view.backHref).toBe(`${start}is-current-student=student/`);
    expect(
      describeStep(friendRequestMachine, replayAnswers(friendRequestMachine, new Map()).snapshot, [], '/q/').backHref,
    ).toBe('/q/');
  });
});
