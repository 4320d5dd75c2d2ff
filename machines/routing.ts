/**
 * Short forms for writing a decision's routing, so that a machine file reads as its flow: one line
 * per outcome, one line per answer. They build the same plain objects (QuestionRouting,
 * OutcomeRouting) a machine could spell out; nothing here decides anything.
 */
import type { Facts } from './facts.ts';
import type { AnswerRoute, OutcomeRouting, QuestionRouting, ReadingRef } from './types.ts';
import type { Verdict } from './verdicts.ts';

/** One answer and the facts it asserts: `answer('no', fact('consent', 'none'))`. */
export function answer(name: string, ...facts: Facts[]): AnswerRoute {
  return { answer: name, facts: Object.assign({}, ...facts) as Facts };
}

/** A question state's routing: its answers in the order shown, and the clauses it is about. */
export function question(
  answers: AnswerRoute[],
  cites: string[],
  more: Omit<QuestionRouting, 'kind' | 'answers' | 'cites'> = {},
): QuestionRouting {
  return { kind: 'question', answers, cites, ...more };
}

/** A final state with this outcome routing (a shared one, or one built by `outcome`). */
export function final(meta: OutcomeRouting) {
  return { type: 'final', meta } as const;
}

/** A final state: its verdict, the clauses it rests on and, if any, its readings and request. */
export function outcome(
  verdict: Verdict,
  cites: string[],
  more: Omit<OutcomeRouting, 'kind' | 'verdict' | 'cites'> = {},
) {
  return final({ kind: 'outcome', verdict, cites, ...more });
}

/** Where the site reads a clause beyond its words: `reading('2a', 'who-is-named')`. */
export function reading(clause: string, id: string): ReadingRef {
  return { clause, reading: id };
}
