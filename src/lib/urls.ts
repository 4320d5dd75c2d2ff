/**
 * The site's URL scheme, in one place. These paths are a contract with handbooks that link to
 * them (README "URL scheme"; tests/site/url-contract.test.ts fails if one disappears).
 * Paths here are relative to the site's base; pages prefix them with `withBase`.
 */

/** The policy page: `electronic-social-media/`. */
export function policyPath(policySlug: string): string {
  return `${policySlug}/`;
}

/** One clause's page: `electronic-social-media/3e/`. */
export function clausePath(policySlug: string, clauseId: string): string {
  return `${policySlug}/${clauseId}/`;
}

/** A clause's anchor on the policy page: `electronic-social-media/#clause-3e`. */
export function clauseAnchorPath(policySlug: string, clauseId: string): string {
  return `${policySlug}/#${clauseAnchor(clauseId)}`;
}

/** The id of a clause's element on the policy page: "clause-3e", "clause-1-2-1" (dots would read as CSS classes). */
export function clauseAnchor(clauseId: string): string {
  return `clause-${clauseId.replaceAll('.', '-')}`;
}

/** The id of a numbered section's element on a policy or version page: "section-3". */
export function sectionAnchor(section: number): string {
  return `section-${String(section)}`;
}

/** The id of a definition's element on a policy or version page: "definition-social-media". */
export function definitionAnchor(definitionId: string): string {
  return `definition-${definitionId}`;
}

/** A numbered section on the policy page: `electronic-social-media/#section-3`. */
export function policySectionPath(policySlug: string, section: number): string {
  return `${policyPath(policySlug)}#${sectionAnchor(section)}`;
}

/** The definitions (glossary) page of a policy: `electronic-social-media/definitions/`. */
export function definitionsPath(policySlug: string): string {
  return `${policySlug}/definitions/`;
}

/** One definition on the definitions page: `electronic-social-media/definitions/#enactment`. */
export function definitionPath(policySlug: string, definitionId: string): string {
  return `${definitionsPath(policySlug)}#${definitionId}`;
}

/** Every permanent address of one policy, with citations: `electronic-social-media/links/`. */
export function policyLinksPath(policySlug: string): string {
  return `${policySlug}/links/`;
}

/** One policy's A–Z index of clauses, definitions and questions: `electronic-social-media/a-z/`. */
export function policyIndexPath(policySlug: string): string {
  return `${policySlug}/a-z/`;
}

/** One policy's quick-reference card to print: `electronic-social-media/card/`. */
export function policyCardPath(policySlug: string): string {
  return `${policySlug}/card/`;
}

/** One version of a policy as it stood, kept for ever: `electronic-social-media/2020-02/`. */
export function versionPath(policySlug: string, month: string): string {
  return `${policySlug}/${month}/`;
}

/** One clause as a version had it: `electronic-social-media/2020-02/2g/`. */
export function versionClausePath(policySlug: string, month: string, clauseId: string): string {
  return `${policySlug}/${month}/${clauseId}/`;
}

/** A numbered section as a version had it: `electronic-social-media/2020-02/#section-3`. */
export function versionSectionPath(policySlug: string, month: string, section: number): string {
  return `${versionPath(policySlug, month)}#${sectionAnchor(section)}`;
}

/** A definition as a version had it, on that version's page: `electronic-social-media/2020-02/#definition-enactment`. */
export function versionDefinitionPath(policySlug: string, month: string, definitionId: string): string {
  return `${versionPath(policySlug, month)}#${definitionAnchor(definitionId)}`;
}

/** What changed in a policy, version by version: `electronic-social-media/changes/`. */
export function changesPath(policySlug: string): string {
  return `${policySlug}/changes/`;
}

/** Joins the deployment base ("/" or "/policies/") and a site path. */
export function joinBase(base: string, path: string): string {
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  return `${withSlash}${path.replace(/^\/+/, '')}`;
}

/** The list of questions staff can ask: `questions/`. */
export function questionsPath(): string {
  return 'questions/';
}

/** A scenario's introduction: `questions/friend-request/`; its steps live below it, under `answers/`. */
export function scenarioPath(scenarioId: string): string {
  return `questions/${scenarioId}/`;
}

/** What a decision's steps share, fetched once by its island: `questions/friend-request/context.json`. */
export function scenarioContextPath(scenarioId: string): string {
  return `${scenarioPath(scenarioId)}context.json`;
}

/** A decision's flowchart: `questions/friend-request/flowchart/`. */
export function scenarioFlowchartPath(scenarioId: string): string {
  return `${scenarioPath(scenarioId)}flowchart/`;
}

/** The map of a policy: `electronic-social-media/map/`. */
export function policyMapPath(policySlug: string): string {
  return `${policySlug}/map/`;
}

/** What each verdict means: `questions/#verdicts`. */
export function verdictsPath(): string {
  return 'questions/#verdicts';
}

/**
 * The worked examples: `questions/examples/`, with an anchor per example that stays its permanent
 * address (`questions/examples/#<example>`, which leads on to its topic's page).
 */
export function examplesPath(exampleId?: string): string {
  return exampleId ? `questions/examples/#${exampleId}` : 'questions/examples/';
}

/** One topic's worked examples, in full: `questions/examples/<topic>/`, with `#<example>`. */
export function exampleTopicPath(topic: string, exampleId?: string): string {
  return `questions/examples/${topic}/${exampleId ? `#${exampleId}` : ''}`;
}

/** A policy's self-check: `electronic-social-media/check-yourself/`. */
export function selfCheckPath(policySlug: string): string {
  return `${policySlug}/check-yourself/`;
}

/** One situation of a self-check: `electronic-social-media/check-yourself/<example>/`. */
export function selfCheckSituationPath(policySlug: string, situationId: string): string {
  return `${selfCheckPath(policySlug)}${situationId}/`;
}

/** The answer to a situation, for the verdict a person chose: `…/check-yourself/<example>/not-allowed/`. */
export function selfCheckAnswerPath(policySlug: string, situationId: string, verdict: string): string {
  return `${selfCheckSituationPath(policySlug, situationId)}${verdict}/`;
}

/** The summary, the handout (situations only) and the key (with answers) of a self-check. */
export function selfCheckPagePath(policySlug: string, page: 'summary' | 'handout' | 'key'): string {
  return `${selfCheckPath(policySlug)}${page}/`;
}

/**
 * The address to print or copy for an href that already carries the site's base: the full address
 * when a base address is known (the page's own in the browser, the build's SITE_URL), else the href.
 * The one place a permanent address is made, for pages, outcomes, request letters and Copy buttons.
 */
export function addressOf(href: string, baseAddress?: string): string {
  return baseAddress ? new URL(href, baseAddress).href : href;
}
