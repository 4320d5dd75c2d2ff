/** Every path of every decision to an outcome, with the facts its answers establish: for the consistency and worked-example tests. */
import { combineFacts, type Facts } from '../../machines/facts';
import type { DecisionMachine, OutcomeMeta } from '../../machines/types';
import { allSteps, metaOf, questionMeta, stateNameOf, startOf } from '../../src/lib/decision';
import type { AnsweredStep } from '../../src/lib/step-address';

/** One way through a decision to an outcome. */
export interface OutcomePath {
  scenario: string;
  steps: AnsweredStep[];
  outcome: string;
  meta: OutcomeMeta;
  /** What the decision takes as given, and what every answer on the way says. */
  facts: Facts;
}

/** Every path of a machine that ends in an outcome. */
export function outcomePaths(scenario: string, machine: DecisionMachine): OutcomePath[] {
  const first = metaOf(machine, startOf(machine));
  const premise = first.kind === 'question' ? (first.premise ?? {}) : {};
  return allSteps(machine).flatMap((step) => {
    const meta = metaOf(machine, step.snapshot);
    if (meta.kind !== 'outcome') return [];
    const answered = step.steps.map(
      (answer) =>
        questionMeta(machine, answer.question)?.answers.find((option) => option.answer === answer.answer)?.facts ?? {},
    );
    return [
      {
        scenario,
        steps: step.steps,
        outcome: stateNameOf(step.snapshot),
        meta,
        facts: combineFacts([premise, ...answered]),
      },
    ];
  });
}

/** A path in words, for failure messages: "personal-post: includesStudentContent=yes → … ⇒ needsConsentFirst". */
export function describePath(path: OutcomePath): string {
  return `${path.scenario}: ${path.steps.map((step) => `${step.question}=${step.answer}`).join(' → ')} ⇒ ${path.outcome} (${path.meta.verdict})`;
}

/** The clauses an outcome warns about or rests on: its cites and every condition's. */
export function clausesMentioned(meta: OutcomeMeta): Set<string> {
  return new Set([...meta.cites, ...(meta.conditions ?? []).flatMap((condition) => condition.cites)]);
}

/** The clauses a blocking outcome rests on: its cites, less those it names only as still applying. */
export function clausesBlockingOn(meta: OutcomeMeta): string[] {
  const onlyStillApplying = new Set((meta.stillApplies ?? []).flatMap((condition) => condition.cites));
  return meta.cites.filter((id) => !onlyStillApplying.has(id));
}
