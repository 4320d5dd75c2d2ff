/**
 * What a step says about the link that opened it, when the link does not fit the decision as it is
 * now: answers that no longer fit, a question added since (the link's later answers wait for it), or
 * a question added since that was answered as for a link of that time. Pure: the stepper island
 * shows it, and the tests throw hostile addresses at it.
 */
import type { DecisionMachine } from '../../machines/types';
import { questionMeta, stateNameOf, type Replay } from './decision';
import { toSlug } from './step-address';

/** Answers in the link that no longer fit. */
const OUTDATED_NOTICE =
  'Some answers in this link no longer fit this question, perhaps because the decision has been updated. You are at the last step that still applies.';

/** A link made before the decision asked this question: the later answers wait for it. */
const NEW_QUESTION_NOTICE =
  'The decision now asks this question, which your link does not answer. Answer it, and the answers in your link that still fit carry on from here.';

/** A link made before the decision asked a question whose answer changes no verdict (has it already happened?). */
function assumedNotice(prompts: string[]): string {
  return `Your link was made before the decision asked “${prompts.join('”, “')}”; it is answered as for a link of that time. Change it below if that is not right.`;
}

/** What the step says about its link, and whether the link's later answers wait for the question it stopped at. */
export function noticeForLink(
  machine: DecisionMachine,
  replay: Replay,
  given: ReadonlyMap<string, string>,
  malformed: readonly string[],
): { notice: string | undefined; waitsForNewQuestion: boolean } {
  const waitsForNewQuestion =
    replay.snapshot.status !== 'done' && replay.ignored.length > 0 && !given.has(toSlug(stateNameOf(replay.snapshot)));
  const notice =
    waitsForNewQuestion && malformed.length === 0
      ? NEW_QUESTION_NOTICE
      : replay.ignored.length > 0 || malformed.length > 0
        ? OUTDATED_NOTICE
        : replay.assumed.length > 0
          ? assumedNotice(replay.assumed.map((question) => questionMeta(machine, question)?.prompt ?? question))
          : undefined;
  return { notice, waitsForNewQuestion };
}
