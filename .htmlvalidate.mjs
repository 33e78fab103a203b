import { defineConfig } from 'html-validate';

/**
 * html-validate over every page of the built site (tests/site/html-conformance.test.ts): the
 * recommended rules as they are. No rule is turned off; a rule turned off here must say why.
 */
export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
});
