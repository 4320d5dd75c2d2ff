/**
 * What a decision's steps need besides the machine: its words (joined to the machine in the
 * browser as in the build), the clauses its outcomes quote (verbatim, with
 * the site's readings they rely on), the policy it is decided against, and the decisions its
 * outcomes hand over to. The pre-rendered steps render with it; the island fetches the same object
 * as JSON (`/questions/<scenario>/context.json`).
 */
import type { DecisionMachine } from '../../machines/types';
import { citationsOf, outcomeStates, type ResolvedWording } from '../lib/decision';
import { formatClauseLabel } from '../lib/clause-id';
import { formatMonth } from '../lib/dates';
import type { StepContext } from '../lib/step-view';
import { changesPath, clausePath, verdictsPath, versionPath } from '../lib/urls';
import { historyOf } from '../lib/versions';
import type { SitePolicy } from './policies';
import { withBase } from './site';
import type { VersionedPolicy } from './versions';

/**
 * Builds a decision's step context. `scenarioLinks` are every decision's title and address, by id;
 * `versioned` is the policy's versions, so outcomes can link the version they decide against and say
 * when a clause they quote last changed.
 */
export function buildStepContext(
  machine: DecisionMachine,
  wording: ResolvedWording,
  scenarioTitle: string,
  policy: SitePolicy,
  scenarioLinks: Readonly<Record<string, { title: string; href: string }>>,
  versioned: VersionedPolicy | undefined,
): StepContext {
  const texts = versioned?.texts ?? [];
  const current = versioned?.versions.at(-1);
  /** "June 2025" when a revision changed the clause (reworded, renumbered or added it); none for the only version. */
  const changedIn = (clauseId: string) => {
    const change = historyOf(texts, texts.length - 1, clauseId).findLast(
      (revision) => revision.change !== 'unchanged' && revision.change !== 'first',
    );
    return change ? { changedIn: formatMonth(change.month) } : {};
  };
  const cited = new Set(citationsOf(machine).map((citation) => citation.clauseId));
  const outcomes = outcomeStates(machine).map(([, meta]) => meta);
  const readingsUsed = new Set(
    outcomes.flatMap((meta) => (meta.readings ?? []).map((ref) => `${ref.clause}/${ref.reading}`)),
  );
  const clauses = Object.fromEntries(
    policy.clauses
      .filter((clause) => cited.has(clause.id))
      .map((clause) => [
        clause.id,
        {
          id: clause.id,
          label: formatClauseLabel(clause.id),
          title: clause.entry.data.title,
          href: withBase(clausePath(policy.slug, clause.id)),
          text: (clause.entry.body ?? '').trim().replace(/\s+/g, ' '),
          citation: clause.citation,
          ...(texts.length > 1 ? changedIn(clause.id) : {}),
          readings: Object.fromEntries(
            clause.entry.data.readings
              .filter((reading) => readingsUsed.has(`${clause.id}/${reading.id}`))
              .map((reading) => [reading.id, reading.text]),
          ),
        },
      ]),
  );
  return {
    scenarioTitle,
    wording,
    clauses,
    policy: {
      title: policy.data.title,
      ...(policy.data.reviewed ? { reviewed: formatMonth(policy.data.reviewed) } : {}),
      ...(current ? { versionHref: withBase(versionPath(policy.slug, current.month)) } : {}),
      changesHref: withBase(changesPath(policy.slug)),
      ...(policy.data.statusNote ? { statusNote: policy.data.statusNote } : {}),
      statusNoteClauses: policy.data.statusNoteClauses,
      ...(policy.data.outcomeNote ? { outcomeNote: policy.data.outcomeNote } : {}),
    },
    // Only the decisions this one hands over to: a list of all of them would grow every decision's
    // context with the number of decisions (npm run bench).
    scenarios: Object.fromEntries(
      outcomes.flatMap((meta) => {
        const target = meta.handOff ? scenarioLinks[meta.handOff.scenario] : undefined;
        return meta.handOff && target ? [[meta.handOff.scenario, target] as const] : [];
      }),
    ),
    // Only the letters this decision's outcomes prepare.
    letters: Object.fromEntries(
      outcomes.flatMap((meta) => {
        const letter = meta.request ? policy.letters[meta.request.letter] : undefined;
        return meta.request && letter ? [[meta.request.letter, letter] as const] : [];
      }),
    ),
    verdictsHref: withBase(verdictsPath()),
    ...(import.meta.env.SITE ? { siteUrl: import.meta.env.SITE } : {}),
  };
}
