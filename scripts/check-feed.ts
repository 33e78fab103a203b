import path from 'node:path';
import { checkFeed } from '../src/lib/ingest/check-feed.ts';
import { formatCheckReport } from './check-feed/format-check-report.ts';
import { CHECK_HELP, CHECK_USAGE, parseCheckArgs } from './check-feed/parse-check-args.ts';
import { readCheckInput } from './check-feed/read-input.ts';
import { readContent } from '../src/loaders/read-content.ts';

const contentDir = path.resolve(import.meta.dirname, '..', 'content');

/** `npm run check-feed -- <file-or-url> …`: the nightly parse and normalise on one feed. Exit 0 usable, 1 unusable, 2 wrong arguments. */
async function main(): Promise<number> {
  const args = parseCheckArgs(process.argv.slice(2), () => new Date());
  if ('help' in args) {
    console.log(CHECK_HELP);
    return 0;
  }
  if ('error' in args) {
    console.error(`${args.error}\n${CHECK_USAGE}`);
    return 2;
  }
  const content = await readContent(contentDir);
  const source = content.sources.find((s) =>
    s.url !== undefined ? s.url === args.target : path.resolve(contentDir, s.path ?? '') === path.resolve(args.target),
  );
  const input = await readCheckInput(args.target);
  const result = input.ok
    ? checkFeed({
        ...content,
        bytes: input.bytes,
        name: args.target,
        format: args.format,
        source,
        now: args.now,
        window: args.window,
      })
    : {
        format: args.format ?? 'ics',
        events: [],
        issues: [{ severity: 'error' as const, message: input.message }],
        fatal: true,
      };
  const output = args.json
    ? JSON.stringify({ events: result.events, issues: result.issues }, null, 2)
    : formatCheckReport(args.target, result, args.window);
  process.stdout.write(`${output}\n`);
  return result.fatal ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
