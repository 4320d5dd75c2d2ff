/**
 * A policy's self-check (`/<policy>/check-yourself/`): staff test their own reading of the policy on
 * situations drawn from its worked examples. Each situation's answer is the verdict its worked
 * example reaches when the build replays it through the decision, never typed a second time. A
 * person's answers live in the address only (`?a=<situation>~<verdict code>[~<clause>]`, one per
 * situation answered, and `?o=` for a shuffled order), so Back, reload and a shared link keep them
 * and nothing is stored. Pure, and small: the browser script uses it (the build's side, replaying the
 * decisions, is self-check-answer.ts).
 */
import { VERDICTS, type Verdict } from '../../machines/verdicts';

/** One situation as the self-check asks it. */
export interface SelfCheckSituation {
  /** The worked example's id: the situation's address. */
  id: string;
  /** The verdict its worked example reaches, replayed through the decision at build time. */
  verdict: Verdict;
  /** The clauses that decide it (the worked example's `cites` for that walk). */
  cites: readonly string[];
}

/** One letter per verdict, for short addresses. */
const CODES: Record<Verdict, string> = {
  allowed: 'a',
  'allowed-with-conditions': 'c',
  'not-decided': 'd',
  'find-out-first': 'f',
  'may-lead-to-discipline': 'm',
  'not-allowed': 'n',
};

/** A person's answer to one situation: the verdict they chose and, if they named one, the deciding clause. */
export interface SelfCheckAnswer {
  verdict: Verdict;
  clause?: string;
}

/** A person's progress, as the address holds it. */
export interface SelfCheckProgress {
  /** The situations in the order asked: the fixed order, or the shuffled one the address gives. */
  order: string[];
  /** Each situation answered so far, by id. */
  answers: Map<string, SelfCheckAnswer>;
}

/** Reads progress from an address's query (`location.search`); ids not among `ids` are ignored. */
export function parseProgress(search: string, ids: readonly string[]): SelfCheckProgress {
  const params = new URLSearchParams(search);
  const known = new Set(ids);
  const shuffled = (params.get('o') ?? '').split('~').filter((id) => known.has(id));
  // A shuffled order must hold every situation once; anything else falls back to the fixed order.
  const order = shuffled.length === ids.length && new Set(shuffled).size === ids.length ? shuffled : [...ids];
  const answers = new Map<string, SelfCheckAnswer>();
  for (const value of params.getAll('a')) {
    const [id = '', code = '', clause] = value.split('~');
    const verdict = VERDICTS.find((candidate) => CODES[candidate] === code);
    if (known.has(id) && verdict) answers.set(id, clause ? { verdict, clause } : { verdict });
  }
  return { order, answers };
}

/** The query that holds `progress` (with its leading "?", or "" when there is nothing to hold). */
export function progressQuery(progress: SelfCheckProgress, fixedOrder: readonly string[]): string {
  const params = new URLSearchParams();
  if (progress.order.join('~') !== fixedOrder.join('~')) params.set('o', progress.order.join('~'));
  for (const id of progress.order) {
    const answer = progress.answers.get(id);
    if (answer) params.append('a', [id, CODES[answer.verdict], ...(answer.clause ? [answer.clause] : [])].join('~'));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What a person's answers come to: how many matched the policy's verdict, and the situations missed or not yet answered. */
export function scoreOf(
  situations: readonly SelfCheckSituation[],
  answers: ReadonlyMap<string, SelfCheckAnswer>,
): { matched: number; missed: SelfCheckSituation[]; unanswered: SelfCheckSituation[] } {
  const answered = situations.filter((situation) => answers.has(situation.id));
  const missed = answered.filter((situation) => answers.get(situation.id)?.verdict !== situation.verdict);
  return {
    matched: answered.length - missed.length,
    missed,
    unanswered: situations.filter((situation) => !answers.has(situation.id)),
  };
}

/** A random order of the situations (`random` returns numbers in [0, 1), as Math.random does). */
export function shuffledOrder(ids: readonly string[], random: () => number = Math.random): string[] {
  const order = [...ids];
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other] as string, order[index] as string];
  }
  return order;
}

/** The situation after `id` in `order`, or undefined after the last. */
export function nextIn(order: readonly string[], id: string): string | undefined {
  const at = order.indexOf(id);
  return at === -1 ? undefined : order[at + 1];
}
