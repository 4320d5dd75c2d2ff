/**
 * Every path of every decision as one Markdown table per scenario (answers → verdict → clauses),
 * committed as tests/machines/decision-paths.md so that a change to a decision shows up in review
 * as a diff of outcomes. Regenerate with `npm run update-decision-paths`.
 */
import type { DecisionMachine } from '../../machines/types';
import { VERDICT_LABELS } from '../../machines/verdicts';
import { allSteps, metaOf, questionMeta, stateNameOf, unmetRequirementsOf } from './decision';

/**
 * Renders the table of every path for each machine, in the order given. `decidedAgainst` names the
 * version of the policy each decision decides against ("Electronic Social Media as of February 2020,
 * /electronic-social-media/2020-02/"), so that a revision shows up in the table as well.
 */
export function renderDecisionPaths(
  machines: ReadonlyMap<string, DecisionMachine>,
  decidedAgainst: (scenarioId: string) => string,
): string {
  const sections = [...machines].map(([id, machine]) => {
    const rows = allSteps(machine).flatMap((step) => {
      const meta = metaOf(machine, step.snapshot);
      if (meta.kind !== 'outcome') return [];
      const answers = step.steps
        .map(
          (answered) =>
            `${answered.question}: ${questionMeta(machine, answered.question)?.answers.find((option) => option.answer === answered.answer)?.label ?? answered.answer}`,
        )
        .join(' → ');
      const unmet = meta.listsUnmetRequirements ? unmetRequirementsOf(machine, step.snapshot) : [];
      const listed = (answer: 'no' | 'notSure') =>
        unmet.filter((requirement) => requirement.answer === answer).map((requirement) => requirement.question);
      const notes = [
        ...(listed('no').length > 0 ? [`missing: ${listed('no').join(', ')}`] : []),
        ...(listed('notSure').length > 0 ? [`not sure: ${listed('notSure').join(', ')}`] : []),
      ];
      const outcome =
        notes.length > 0 ? `${stateNameOf(step.snapshot)} (${notes.join('; ')})` : stateNameOf(step.snapshot);
      return [`| ${escapeCell(answers)} | ${VERDICT_LABELS[meta.verdict]} | ${outcome} | ${meta.cites.join(', ')} |`];
    });
    return [
      `## ${id}`,
      '',
      `Decided against ${decidedAgainst(id)}. ${rows.length} paths.`,
      '',
      '| Answers | Verdict | Outcome | Clauses |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return [
    '# Every path of every decision',
    '',
    'Generated from machines/ by `npm run update-decision-paths`; tests/machines/all-decisions.test.ts fails when it is out of date. Review changes here as changes to what staff are told.',
    '',
    ...sections.map((section) => `${section}\n`),
  ].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
