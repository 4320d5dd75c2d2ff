/**
 * The site's model of its content: every policy with its sections and clauses in order, loaded
 * from the content collections and checked across files once per build. Pages read content only
 * through here, so a content mistake stops the build before any page is written.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Policy } from '../content/schema';
import { checkPolicyContent, checkScenarioContent, checkWorkedExamples, formatContentProblems, walkExample } from './lib/check-content';
import { compareClauseIds, formatCitation, formatClauseLabel } from './lib/clause-id';
import { clausePath, joinBase, policyPath, scenarioPath, verdictsPath } from './lib/urls';
import { loadAllMachines, type ScenarioId } from '../machines/index';
import type { DecisionMachine, OutcomeMeta } from '../machines/types';
import { citationsOf, compileDecision, outcomeStates, stateNameOf, stepPath, walkAllSteps, type Replay } from './lib/decision';
import type { DecisionGraph } from './lib/decision-walk';
import { formatMonth } from './lib/dates';
import type { StepContext } from './lib/step-view';
import { decisionDot, policyMapDot, shortestPaths } from './lib/diagrams';
import { renderDiagram } from './lib/render-diagram';

/** A clause ready to show: its entry (for rendering) and what pages derive from it. */
export interface SiteClause {
  policySlug: string;
  id: string;
  entry: CollectionEntry<'clauses'>;
  /** "Electronic Social Media, s 3(e)". */
  citation: string;
}

/** A numbered section with its clauses in order. */
interface SiteSection {
  number: number;
  title: string;
  clauses: SiteClause[];
}

/** A policy ready to show. */
export interface SitePolicy {
  slug: string;
  data: Policy;
  sections: SiteSection[];
  /** Every clause, in the policy's order. */
  clauses: SiteClause[];
}

/** A decision ready to show: its page, machine, every reachable step and what its steps need. */
export interface SiteScenario {
  id: ScenarioId;
  entry: CollectionEntry<'scenarios'>;
  policy: SitePolicy;
  machine: DecisionMachine;
  /** Every reachable step, from the first question to each outcome. */
  steps: Replay[];
  /** The machine compiled for the stepper island (once per decision, not once per step page). */
  graph: DecisionGraph;
  /** The scenario's folder with the site's base. */
  href: string;
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

/** A worked example ready to show: each walk with the outcome it reaches and that outcome's page. */
export interface SiteExample {
  entry: CollectionEntry<'examples'>;
  walks: { scenario: SiteScenario; outcome: string; meta: OutcomeMeta; href: string }[];
}

/** The site's name, in every page title and the header. */
export const SITE_NAME = 'Staff social media policy';

let loading: Promise<SitePolicy[]> | undefined;
let loadingScenarios: Promise<SiteScenario[]> | undefined;

/** Returns every policy, checked and ordered (loaded once per build). */
export function loadPolicies(): Promise<SitePolicy[]> {
  loading ??= load();
  return loading;
}

/** Returns every decision scenario, checked against the machines and policies, in list order. */
export function loadScenarios(): Promise<SiteScenario[]> {
  loadingScenarios ??= loadScenarioData();
  return loadingScenarios;
}

/** Returns the worked examples, each walk checked against its decision (a mismatch stops the build). */
export async function loadExamples(): Promise<SiteExample[]> {
  const [entries, scenarios] = await Promise.all([getCollection('examples'), loadScenarios()]);
  const machines = new Map(scenarios.map((scenario) => [scenario.id as string, scenario.machine]));
  const problems = checkWorkedExamples(
    entries.map((entry) => ({ file: entry.filePath ?? 'content/examples.yaml', data: entry.data })),
    machines,
  );
  if (problems.length > 0) throw new Error(formatContentProblems(problems));
  return entries.map((entry) => ({
    entry,
    walks: entry.data.walks.map((walk) => {
      const scenario = scenarios.find((candidate) => candidate.id === walk.scenario) as SiteScenario;
      const result = walkExample(scenario.machine, walk.answers);
      if ('problem' in result) throw new Error(result.problem);
      const meta = outcomeStates(scenario.machine).find(([name]) => name === result.outcome)?.[1] as OutcomeMeta;
      return { scenario, outcome: result.outcome, meta, href: `${scenario.href}${stepPath(result.steps)}` };
    }),
  }));
}

/** The site path (relative to the base) of the shortest way to a decision's state. */
export function shortestStepPath(scenario: SiteScenario, state: string): string {
  const step = shortestPaths(scenario.steps, (candidate) => stateNameOf(candidate.snapshot)).get(state);
  return `${scenarioPath(scenario.id)}${stepPath(step?.steps ?? [])}`;
}

/** The outcomes, across all scenarios, that cite a clause. */
export async function outcomesCiting(policySlug: string, clauseId: string): Promise<CitingOutcome[]> {
  const scenarios = await loadScenarios();
  return scenarios
    .filter((scenario) => scenario.policy.slug === policySlug)
    .flatMap((scenario) =>
      outcomeStates(scenario.machine)
        .filter(([, meta]) => meta.cites.includes(clauseId))
        .map(([outcome, meta]) => {
          // A state may be reached by several paths; link the shortest.
          return { scenario, outcome, meta, href: withBase(shortestStepPath(scenario, outcome)) };
        }),
    );
}

/** Prefixes a site path with the deployment base (`/` or e.g. `/policies/`). */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

async function loadScenarioData(): Promise<SiteScenario[]> {
  const [policies, entries, machines, policyEntries, clauseEntries] = await Promise.all([
    loadPolicies(),
    getCollection('scenarios'),
    loadAllMachines(),
    getCollection('policies'),
    getCollection('clauses'),
  ]);
  const problems = checkScenarioContent(
    entries.map((entry) => ({ file: entry.filePath ?? entry.id, name: entry.id, data: entry.data })),
    machines,
    policyEntries.map((entry) => ({ slug: entry.id, file: entry.filePath ?? entry.id, data: entry.data })),
    clauseEntries.map((entry) => ({ policySlug: entry.id.split('/')[0] ?? '', file: entry.filePath ?? entry.id, data: entry.data, body: entry.body ?? '' })),
  );
  if (problems.length > 0) throw new Error(formatContentProblems(problems));

  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  const scenarioLinks = Object.fromEntries(sorted.map((entry) => [entry.data.id, { title: entry.data.title, href: withBase(scenarioPath(entry.data.id)) }]));
  return sorted.map((entry) => {
    const id = entry.data.id as ScenarioId;
    const machine = machines.get(id) as DecisionMachine;
    const policy = policies.find((candidate) => candidate.slug === entry.data.policy) as SitePolicy;
    const cited = new Set(citationsOf(machine).map((citation) => citation.clauseId));
    const readingsUsed = new Set(outcomeStates(machine).flatMap(([, meta]) => (meta.readings ?? []).map((ref) => `${ref.clause}/${ref.reading}`)));
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
            readings: Object.fromEntries(
              clause.entry.data.readings.filter((reading) => readingsUsed.has(`${clause.id}/${reading.id}`)).map((reading) => [reading.id, reading.text]),
            ),
          },
        ]),
    );
    const context: StepContext = {
      scenarioTitle: entry.data.title,
      clauses,
      policy: {
        title: policy.data.title,
        reviewed: formatMonth(policy.data.reviewed),
        ...(policy.data.statusNote ? { statusNote: policy.data.statusNote } : {}),
        statusNoteClauses: policy.data.statusNoteClauses,
      },
      // Only the decisions this one hands over to: every step page carries its context, so a
      // list of all decisions would grow each page with the number of decisions (npm run bench).
      scenarios: Object.fromEntries(
        outcomeStates(machine).flatMap(([, meta]) => {
          const target = meta.handOff ? scenarioLinks[meta.handOff.scenario] : undefined;
          return meta.handOff && target ? [[meta.handOff.scenario, target] as const] : [];
        }),
      ),
      verdictsHref: withBase(verdictsPath()),
      ...(import.meta.env.SITE ? { siteUrl: import.meta.env.SITE } : {}),
    };
    return { id, entry, policy, machine, steps: walkAllSteps(machine), graph: compileDecision(machine), href: withBase(scenarioPath(id)), context };
  });
}

async function load(): Promise<SitePolicy[]> {
  const policyEntries = await getCollection('policies');
  const clauseEntries = await getCollection('clauses');
  const policyFiles = policyEntries.map((entry) => ({ slug: entry.id, file: entry.filePath ?? entry.id, data: entry.data }));
  const clauseFiles = clauseEntries.map((entry) => ({
    policySlug: entry.id.split('/')[0] ?? '',
    file: entry.filePath ?? entry.id,
    data: entry.data,
    body: entry.body ?? '',
    entry,
  }));
  const problems = checkPolicyContent(policyFiles, clauseFiles);
  if (problems.length > 0) throw new Error(formatContentProblems(problems));

  return policyFiles
    .map(({ slug, data }) => {
      const clauses = clauseFiles
        .filter((clause) => clause.policySlug === slug)
        .sort((a, b) => compareClauseIds(a.data.id, b.data.id))
        .map(({ entry }) => ({ policySlug: slug, id: entry.data.id, entry, citation: formatCitation(data.citationTitle, entry.data.id) }));
      const sections = data.sections.map((section) => ({
        ...section,
        clauses: clauses.filter((clause) => clause.entry.data.section === section.number),
      }));
      return { slug, data, sections, clauses };
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** The address to print for a site path: absolute when the build knows its public address (SITE_URL), else the path. */
export function permanentAddress(path: string): string {
  const href = withBase(path);
  return import.meta.env.SITE ? new URL(href, import.meta.env.SITE).href : href;
}

/** The flowchart of a decision as inline SVG, drawn from its machine on every build. */
export function decisionDiagram(scenario: SiteScenario): Promise<string> {
  const firstReach = shortestPaths(scenario.steps, (step) => stateNameOf(step.snapshot));
  const dot = decisionDot(scenario.machine, {
    stepHref: (state) => {
      const step = firstReach.get(state);
      return step ? `${scenario.href}${stepPath(step.steps)}` : undefined;
    },
    clause: (id) => scenario.context.clauses[id],
  });
  return renderDiagram(dot, {
    id: `diagram-${scenario.id}`,
    title: `Flowchart: ${scenario.entry.data.title}`,
    description:
      'Each box is a question; arrows are labelled with the answers; each end box is an outcome, marked with its verdict in words and a shape of its own, and links to the clauses it rests on. The same decision is written out as text below.',
  });
}

/** The map of a policy: its sections, their clauses, and the decisions that cite each clause. */
export async function policyMapDiagram(policy: SitePolicy): Promise<string> {
  const scenarios = (await loadScenarios()).filter((scenario) => scenario.policy.slug === policy.slug);
  const dot = policyMapDot({
    policy: { title: policy.data.title, href: withBase(policyPath(policy.slug)) },
    sections: policy.sections.map((section) => ({
      number: section.number,
      title: section.title,
      href: withBase(`${policyPath(policy.slug)}#section-${section.number}`),
      clauses: section.clauses.map((clause) => ({
        id: clause.id,
        label: formatClauseLabel(clause.id),
        title: clause.entry.data.title,
        href: withBase(clausePath(policy.slug, clause.id)),
      })),
    })),
    decisions: scenarios.map((scenario) => ({
      id: scenario.id,
      title: scenario.entry.data.title,
      href: scenario.href,
      cites: [...new Set(outcomeStates(scenario.machine).flatMap(([, meta]) => meta.cites))],
    })),
  });
  return renderDiagram(dot, {
    id: `map-${policy.slug}`,
    title: `Map of ${policy.data.title}`,
    description:
      'The policy, its numbered sections, each clause, and on the right the decisions whose outcomes cite each clause. Every box links to its page. The same connections are listed as text below.',
  });
}

/** getStaticPaths for the pages there is one of per policy (policy, definitions, map). */
export async function policyStaticPaths() {
  const policies = await loadPolicies();
  return policies.map((policy) => ({ params: { policy: policy.slug }, props: { policy } }));
}

/** The clauses a decision's outcomes cite, in the policy's order. */
export function clausesCitedBy(scenario: SiteScenario): string[] {
  const cited = new Set(outcomeStates(scenario.machine).flatMap(([, meta]) => meta.cites));
  return scenario.policy.clauses.map((clause) => clause.id).filter((id) => cited.has(id));
}

/** How a decision's outcome is cited: "Friend or follow requests with students: Not allowed … (Electronic Social Media, s 3(e))". */
export function outcomeCitation(scenario: SiteScenario, meta: OutcomeMeta): string {
  const clauses = meta.cites.map((id) => formatClauseLabel(id)).join(', ');
  return `${scenario.entry.data.title}: ${meta.title} (${scenario.policy.data.citationTitle}, s ${clauses})`;
}
