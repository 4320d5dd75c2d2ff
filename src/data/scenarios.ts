/**
 * The decisions as the site shows them: each scenario page with its machine, every step a person
 * can reach (enumerated by xstate/graph) and what its steps need. Checked against the machines and
 * the policies once per build; a mistake stops the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadAllMachines } from '../../machines/index';
import type { DecisionMachine, OutcomeMeta } from '../../machines/types';
import { readFileSync } from 'node:fs';
import { checkDecisionFacts, checkDecisionVersions, checkScenarioContent, machineFileOf } from '../lib/check-decisions';
import { resolveWording, unusedSharedWording, type WordingFile } from '../lib/check-wording';
import { formatContentProblems } from '../lib/content-problems';
import { outcomeCitation as citeOutcome } from '../lib/citations';
import {
  allSteps,
  outcomeStates,
  shortestStepToEachState,
  withWording,
  type ResolvedWording,
  type Step,
} from '../lib/decision';
import { stepHref } from '../lib/step-address';
import type { StepContext } from '../lib/step-view';
import { scenarioContextPath, scenarioPath } from '../lib/urls';
import { loadPolicies, type SitePolicy } from './policies';
import { withBase } from './site';
import { buildStepContext } from './step-context';
import { loadVersionedPolicies } from './versions';

/** A decision ready to show: its page, machine, every reachable step and what its steps need. */
export interface SiteScenario {
  /** The scenario id: its file names in machines/decisions/ and content/scenarios/, and its address. */
  id: string;
  entry: CollectionEntry<'scenarios'>;
  policy: SitePolicy;
  machine: DecisionMachine;
  /** Every reachable step, from the first question to each outcome, in the order answers are offered. */
  steps: Step[];
  /** The shortest way to each state, for links to an outcome. */
  shortest: ReadonlyMap<string, Step>;
  /** The scenario's folder with the site's base. */
  href: string;
  /** Where the island fetches `context`, with the site's base. */
  contextHref: string;
  context: StepContext;
}

/** An outcome that cites a clause, for the clause page's "Used in" list. */
export interface CitingOutcome {
  scenario: SiteScenario;
  outcome: string;
  meta: OutcomeMeta;
  /** The outcome's step page (the shortest way there), with the site's base. */
  href: string;
}

let loading: Promise<SiteScenario[]> | undefined;

/** Returns every decision scenario, checked against the machines and policies, in list order. */
export function loadScenarios(): Promise<SiteScenario[]> {
  loading ??= load();
  return loading;
}

/** The site path (relative to the base) of the shortest way to a decision's state. */
export function shortestStepPath(scenario: SiteScenario, state: string): string {
  return stepHref(scenarioPath(scenario.id), scenario.shortest.get(state)?.steps);
}

/** The decisions that decide against one policy, in list order. */
export async function scenariosAbout(policySlug: string): Promise<SiteScenario[]> {
  return (await loadScenarios()).filter((scenario) => scenario.policy.slug === policySlug);
}

/** The outcomes, across all scenarios, that cite a clause. */
export async function outcomesCiting(policySlug: string, clauseId: string): Promise<CitingOutcome[]> {
  const scenarios = await loadScenarios();
  return scenarios
    .filter((scenario) => scenario.policy.slug === policySlug)
    .flatMap((scenario) =>
      outcomeStates(scenario.machine)
        .filter(([, meta]) => meta.cites.includes(clauseId))
        .map(([outcome, meta]) => ({ scenario, outcome, meta, href: withBase(shortestStepPath(scenario, outcome)) })),
    );
}

/** The clauses a decision's outcomes cite, in the policy's order. */
export function clausesCitedBy(scenario: SiteScenario): string[] {
  const cited = new Set(outcomeStates(scenario.machine).flatMap(([, meta]) => meta.cites));
  return scenario.policy.clauses.map((clause) => clause.id).filter((id) => cited.has(id));
}

/** How a decision's outcome is cited: "Friend or follow requests with students: Not allowed … (Electronic Social Media, s 3(e))". */
export function outcomeCitation(scenario: SiteScenario, meta: OutcomeMeta): string {
  return citeOutcome(scenario.entry.data.title, meta.title, scenario.policy.data.citationTitle, meta.cites);
}

/**
 * Every machine with its words joined (content/decisions/): the words checked against the machine's
 * states and answers first, so a missing or stray one stops the build with its file and line.
 */
async function loadWordedMachines(): Promise<Map<string, { machine: DecisionMachine; wording: ResolvedWording }>> {
  const [machines, wordingEntries, sharedEntries] = await Promise.all([
    loadAllMachines(),
    getCollection('decisionWording'),
    getCollection('sharedWording'),
  ]);
  const asFile = <Data>(entry: { id: string; filePath?: string | undefined; data: Data }): WordingFile<Data> => {
    const file = entry.filePath ?? entry.id;
    return { file, raw: readFileSync(file, 'utf8'), data: entry.data };
  };
  const shared = sharedEntries[0] ? asFile(sharedEntries[0]) : undefined;
  const decisions = wordingEntries.map(asFile);
  const problems = shared ? unusedSharedWording(shared, decisions) : [];
  const worded = new Map<string, { machine: DecisionMachine; wording: ResolvedWording }>();
  for (const [id, machine] of machines) {
    const index = wordingEntries.findIndex((entry) => entry.id === id);
    const decision = decisions[index];
    if (!decision) {
      problems.push({
        file: `content/decisions/${id}.yaml`,
        field: '(file)',
        message: `${machineFileOf(id)} has no words: write content/decisions/${id}.yaml (copy another decision's)`,
      });
      continue;
    }
    const resolved = resolveWording(machine, machineFileOf(id), decision, shared);
    problems.push(...resolved.problems);
    if (resolved.problems.length === 0)
      worded.set(id, { machine: withWording(machine, resolved.wording), wording: resolved.wording });
  }
  for (const entry of wordingEntries.filter((candidate) => !machines.has(candidate.id)))
    problems.push({
      file: entry.filePath ?? entry.id,
      field: '(file)',
      message: `there is no decision "${entry.id}" (${machineFileOf(entry.id)}); remove the file or fix its name`,
    });
  if (problems.length > 0) throw new Error(formatContentProblems(problems));
  return worded;
}

async function load(): Promise<SiteScenario[]> {
  const [policies, entries, decisions, policyEntries, clauseEntries, factEntries] = await Promise.all([
    loadPolicies(),
    getCollection('scenarios'),
    loadWordedMachines(),
    getCollection('policies'),
    getCollection('clauses'),
    getCollection('facts'),
  ]);
  const machines = new Map([...decisions].map(([id, decision]) => [id, decision.machine]));
  const problems = checkScenarioContent(
    entries.map((entry) => ({ file: entry.filePath ?? entry.id, name: entry.id, data: entry.data })),
    machines,
    policyEntries.map((entry) => ({ slug: entry.id, file: entry.filePath ?? entry.id, data: entry.data })),
    clauseEntries.map((entry) => ({
      policySlug: entry.id.split('/')[0] ?? '',
      file: entry.filePath ?? entry.id,
      data: entry.data,
      body: entry.body ?? '',
    })),
    new Map(policies.map((policy) => [policy.slug, Object.keys(policy.letters)])),
  );
  problems.push(
    ...checkDecisionFacts(
      [...machines].flatMap(([id, machine]) => {
        const policy = entries.find((entry) => entry.data.id === id)?.data.policy;
        return policy ? [{ id, policy, machine }] : [];
      }),
      new Map(factEntries.map((entry) => [entry.id, entry.data])),
    ),
  );
  if (problems.length > 0) throw new Error(formatContentProblems(problems));

  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  const scenarioLinks = Object.fromEntries(
    sorted.map((entry) => [entry.data.id, { title: entry.data.title, href: withBase(scenarioPath(entry.data.id)) }]),
  );
  const versioned = await loadVersionedPolicies();
  const unchecked = checkDecisionVersions(
    sorted.map((entry) => ({
      file: entry.filePath ?? entry.id,
      policy: entry.data.policy,
      checkedAgainst: entry.data.checkedAgainst,
    })),
    new Map(
      versioned.flatMap(({ policy, versions }) => {
        const current = versions.at(-1);
        return current ? [[policy.slug, { month: current.month, name: current.name }] as const] : [];
      }),
    ),
  );
  if (unchecked.length > 0) throw new Error(formatContentProblems(unchecked));
  return sorted.map((entry) => {
    const id = entry.data.id;
    const machine = machines.get(id) as DecisionMachine;
    const policy = policies.find((candidate) => candidate.slug === entry.data.policy) as SitePolicy;
    const steps = allSteps(machine);
    const href = withBase(scenarioPath(id));
    return {
      id,
      entry,
      policy,
      machine,
      steps,
      shortest: shortestStepToEachState(steps),
      href,
      contextHref: withBase(scenarioContextPath(id)),
      context: buildStepContext(
        machine,
        decisions.get(id)?.wording ?? {},
        entry.data.title,
        policy,
        scenarioLinks,
        versioned.find((candidate) => candidate.policy.slug === policy.slug),
      ),
    };
  });
}
