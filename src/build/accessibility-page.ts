/**
 * The accessibility statement's figures: the automated results as the test suite measured them.
 * `accessibility-results.json` is written by tests/e2e/accessibility-statement.test.ts
 * (`npm run accessibility-results`), which fails whenever the file no longer says what the tests find:
 * nothing here is typed by hand.
 */
import results from './accessibility-results.json' with { type: 'json' };
import { getBuildContext } from './build-context.ts';

/** One page type tested, as the statement lists it. */
export interface TestedPage {
  name: string;
  path: string;
  violationsWithJavaScript: number;
  violationsWithoutJavaScript: number;
  /** Focus rings under 3:1 against their background. */
  faintFocusRings: number;
}

/** What the statement shows: the tool and its version, the pages and their results, whom to write to. */
export async function accessibilityData() {
  const { territoryContact } = await getBuildContext();
  const pages: readonly TestedPage[] = results.pages;
  return {
    tool: `${results.tool} ${results.toolVersion}`,
    browser: results.browser,
    width: results.width,
    rules: results.rules,
    pages,
    contact: territoryContact,
  };
}
