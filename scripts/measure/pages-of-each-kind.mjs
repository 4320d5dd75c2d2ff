/**
 * One built page of each kind, found in the build rather than written in the measuring scripts, so
 * that Lighthouse (audit.mjs), the page weights (measure-pages.mjs) and the screenshots work on
 * any site: the largest decision (the most steps, so the heaviest pages are the ones measured),
 * the policy it decides against (else the first policy), that policy's last clause, and the
 * decision's first question, a step one answer in and its deepest outcome.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A clause page's folder name: "3e", "1.2.1", "4". */
const CLAUSE_FOLDER = /^\d+([a-z]|(\.\d+){0,2})$/;

/** @param {string} dist the build folder; returns site paths (base-less) by kind. */
export function pagesOfEachKind(dist) {
  const { policies } = JSON.parse(readFileSync(join(dist, 'site.json'), 'utf8'));
  const questions = join(dist, 'questions');
  const decisions = existsSync(questions)
    ? readdirSync(questions)
        .filter((name) => existsSync(join(questions, name, 'answers', 'index.html')))
        .sort()
        .map((name) => ({ name, steps: stepFolders(join(questions, name, 'answers'), '') }))
    : [];
  const largest = decisions.reduce(
    (best, candidate) => (candidate.steps.length > best.steps.length ? candidate : best),
    {
      name: undefined,
      steps: [],
    },
  );
  const decision = largest.name;
  const decidedPolicy = decision
    ? Object.values(JSON.parse(readFileSync(join(questions, decision, 'context.json'), 'utf8')).clauses)[0]?.href.split(
        '/',
      )[1]
    : undefined;
  const policy = policies.find((candidate) => candidate.slug === decidedPolicy) ?? policies[0];
  const clause = readdirSync(join(dist, policy.slug))
    .filter((name) => CLAUSE_FOLDER.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .at(-1);
  const pages = {
    home: '/',
    policy: `/${policy.slug}/`,
    clause: `/${policy.slug}/${clause}/`,
    definitions: `/${policy.slug}/definitions/`,
  };
  if (!decision) return pages;
  const { steps } = largest;
  const deepest = steps.reduce((best, step) => (depth(step) > depth(best) ? step : best), '');
  return {
    ...pages,
    decisionIntroduction: `/questions/${decision}/`,
    decisionQuestion: `/questions/${decision}/answers/`,
    decisionStep: `/questions/${decision}/answers/${steps.find((step) => depth(step) === 1) ?? ''}`,
    decisionOutcome: `/questions/${decision}/answers/${deepest}`,
  };
}

/** Every step folder under `folder` ("has-it-happened=not-yet/", …), in order. */
function stepFolders(folder, prefix) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => [`${prefix}${name}/`, ...stepFolders(join(folder, name), `${prefix}${name}/`)]);
}

const depth = (step) => step.split('/').length - 1;
