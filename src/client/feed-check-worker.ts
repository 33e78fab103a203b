/**
 * The feed checker's worker: runs `runFeedCheck` (the nightly run's parsers and normalisation,
 * src/lib) off the page's thread, on bytes the page read itself, and answers with the report.
 * Built by Vite as its own bundle, loaded by `<feed-checker>` only: nothing of it reaches other pages.
 */
import { config } from 'zod';
import { readCheckerDirectory, type CheckerDirectory } from '../lib/partners/checker-directory.ts';
import { runFeedCheck } from '../lib/partners/run-feed-check.ts';
import { checkText } from '../lib/site/strings/partners-check.ts';
import type { CheckReply, CheckRequest } from './feed-check-messages.ts';

// The site's policy forbids `eval`: zod validates without compiling code.
config({ jitless: true });

let directory: CheckerDirectory | undefined;

function answer(request: CheckRequest): CheckReply {
  try {
    directory ??= readCheckerDirectory(request.directory);
    const report = runFeedCheck(
      { bytes: new Uint8Array(request.bytes), name: request.name },
      directory,
      new Date(request.now),
    );
    return { id: request.id, report };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { id: request.id, failure: checkText.result.unexpected(detail) };
  }
}

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  self.postMessage(answer(event.data));
});
