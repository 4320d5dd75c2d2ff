import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { resolve } from 'node:path';
import {
  ClauseSchema,
  DecisionWordingSchema,
  PolicySchema,
  SharedWordingSchema,
  ScenarioSchema,
  ExampleTopicsSchema,
  FactsSchema,
  LettersSchema,
  WorkedExampleSchema,
  ThesaurusSchema,
} from '../content/schema';

/** The content folder; the tests point it at a fixture policy set (see astro.config.mjs). */
const contentRoot = resolve(process.env.POLICY_CONTENT_ROOT ?? 'content');

/** One entry per policy folder from its file `name` (policy.yaml, letters.yaml, facts.yaml), id = the policy slug. */
function perPolicy(name: string) {
  return glob({
    pattern: `*/${name}`,
    base: `${contentRoot}/policies`,
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  });
}

/** content/policies/<policy-slug>/policy.yaml: one entry per policy, id = the policy slug. */
const policies = defineCollection({ loader: perPolicy('policy.yaml'), schema: PolicySchema });

/** content/policies/<policy-slug>/clauses/*.mdx: id = the file's path, so two files can never collide. */
const clauses = defineCollection({
  loader: glob({
    pattern: '*/clauses/*.mdx',
    base: `${contentRoot}/policies`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: ClauseSchema,
});

/**
 * Earlier versions of a policy, kept for their point-in-time pages:
 * content/policies/<policy-slug>/versions/<yyyy-mm>/policy.yaml, id = "<policy-slug>/<yyyy-mm>".
 */
const policyVersions = defineCollection({
  loader: glob({
    pattern: '*/versions/*/policy.yaml',
    base: `${contentRoot}/policies`,
    generateId: ({ entry }) =>
      entry
        .split('/')
        .filter((_, index) => index === 0 || index === 2)
        .join('/'),
  }),
  schema: PolicySchema,
});

/** The clauses of earlier versions: content/policies/<policy-slug>/versions/<yyyy-mm>/clauses/*.mdx. */
const versionClauses = defineCollection({
  loader: glob({
    pattern: '*/versions/*/clauses/*.mdx',
    base: `${contentRoot}/policies`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: ClauseSchema,
});

/** content/scenarios/<scenario-id>.mdx: the page that introduces each decision. */
const scenarios = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentRoot}/scenarios` }),
  schema: ScenarioSchema,
});

/** content/decisions/<scenario-id>.yaml: a decision's words (questions, answers, outcomes) by state, id = the scenario id. */
const decisionWording = defineCollection({
  loader: glob({ pattern: ['*.yaml', '!shared.yaml'], base: `${contentRoot}/decisions` }),
  schema: DecisionWordingSchema,
});

/** content/decisions/shared.yaml: the words several decisions share (states and phrases), id "shared". */
const sharedWording = defineCollection({
  loader: glob({ pattern: 'shared.yaml', base: `${contentRoot}/decisions` }),
  schema: SharedWordingSchema,
});

/** content/examples.yaml: the worked examples, one entry each, id = the example's anchor. */
const examples = defineCollection({
  loader: file(`${contentRoot}/examples.yaml`),
  schema: WorkedExampleSchema,
});

/** content/policies/<policy-slug>/letters.yaml: the request letters of a policy's decisions, id = the policy slug. */
const letters = defineCollection({ loader: perPolicy('letters.yaml'), schema: LettersSchema });

/** content/policies/<policy-slug>/facts.yaml: the fact vocabulary of a policy's decisions, id = the policy slug. */
const facts = defineCollection({ loader: perPolicy('facts.yaml'), schema: FactsSchema });

/**
 * content/example-topics.yaml: the groups worked examples are listed in. One entry holding the
 * list, so that the file's order is the pages' order (a collection's entries come back by id).
 */
const exampleTopics = defineCollection({
  loader: glob({ pattern: 'example-topics.yaml', base: contentRoot }),
  schema: ExampleTopicsSchema,
});

/**
 * content/search/thesaurus.yaml: the words staff type and the site's words they mean, which search
 * finds pages by too (src/lib/search/records.ts). One entry holding the list; optional.
 */
const searchThesaurus = defineCollection({
  loader: glob({ pattern: 'search/thesaurus.yaml', base: contentRoot }),
  schema: ThesaurusSchema,
});

export const collections = {
  policies,
  clauses,
  policyVersions,
  versionClauses,
  scenarios,
  decisionWording,
  sharedWording,
  examples,
  exampleTopics,
  searchThesaurus,
  letters,
  facts,
};
