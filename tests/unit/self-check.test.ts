/** The self-check's progress lives in the address: what it holds, how it is read back, and the score it comes to. */
import { describe, expect, it } from 'vitest';
import {
  nextIn,
  parseProgress,
  progressQuery,
  scoreOf,
  shuffledOrder,
  type SelfCheckSituation,
} from '../../src/lib/self-check';

const IDS = ['class-photo', 'graduate', 'crisis'];
const SITUATIONS: SelfCheckSituation[] = [
  { id: 'class-photo', verdict: 'allowed-with-conditions', cites: ['2a'] },
  { id: 'graduate', verdict: 'not-decided', cites: ['3e'] },
  { id: 'crisis', verdict: 'not-allowed', cites: ['3a'] },
];

describe('progress in the address', () => {
  it('reads back what it wrote: each answer with its verdict and named clause, and a shuffled order', () => {
    const progress = {
      order: ['crisis', 'class-photo', 'graduate'],
      answers: new Map([
        ['crisis', { verdict: 'not-allowed' as const, clause: '3a' }],
        ['class-photo', { verdict: 'allowed' as const }],
      ]),
    };
    const query = progressQuery(progress, IDS);
    expect(query).toBe('?o=crisis%7Eclass-photo%7Egraduate&a=crisis%7En%7E3a&a=class-photo%7Ea');
    expect(parseProgress(query, IDS)).toEqual(progress);
  });

  it('writes nothing for a fixed order with no answers, and keeps the fixed order out of the address', () => {
    expect(progressQuery({ order: IDS, answers: new Map() }, IDS)).toBe('');
    expect(progressQuery({ order: IDS, answers: new Map([['graduate', { verdict: 'not-decided' }]]) }, IDS)).toBe(
      '?a=graduate%7Ed',
    );
  });

  it('ignores what a hand-edited or outdated link holds: unknown situations and verdicts, and an order that is not every situation once', () => {
    const progress = parseProgress('?o=crisis~crisis~graduate&a=gone~n&a=graduate~x&a=crisis~f', IDS);
    expect(progress.order).toEqual(IDS);
    expect([...progress.answers]).toEqual([['crisis', { verdict: 'find-out-first' }]]);
  });
});

describe('the score', () => {
  it('counts the answers that give the policy’s verdict, and lists the ones that differ and the ones not answered', () => {
    const { matched, missed, unanswered } = scoreOf(
      SITUATIONS,
      new Map([
        ['class-photo', { verdict: 'allowed-with-conditions' as const }],
        ['crisis', { verdict: 'find-out-first' as const }],
      ]),
    );
    expect(matched).toBe(1);
    expect(missed.map((situation) => situation.id)).toEqual(['crisis']);
    expect(unanswered.map((situation) => situation.id)).toEqual(['graduate']);
  });
});

describe('the order', () => {
  it('shuffles every situation exactly once, and goes on to the next in that order', () => {
    let seed = 0.42;
    const order = shuffledOrder(IDS, () => (seed = (seed * 9301 + 0.49297) % 1));
    expect([...order].sort()).toEqual([...IDS].sort());
    expect(nextIn(order, order[0] ?? '')).toBe(order[1]);
    expect(nextIn(order, order[2] ?? '')).toBeUndefined();
  });
});
