// html-validate's recommended rules, run over every built page by tests/site/html-validity.test.ts.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A step's title is its question, which can be long; a truncated question would help no one.
    'long-title': 'off',
    // Astro and Preact write their own attribute and void-element styles; these rules are about taste, not validity.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    'no-trailing-whitespace': 'off',
  },
};
