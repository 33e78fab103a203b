import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A local HTTP server of feed files, as partners' servers publish them. */
export interface FeedServer {
  /** The URL of a file of the folder. */
  urlOf: (file: string) => string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = { '.ics': 'text/calendar; charset=utf-8', '.csv': 'text/csv' };

/** Serves the files of `dir` (flat) on 127.0.0.1, a free port. */
export async function serveFeeds(dir: string): Promise<FeedServer> {
  const server = createServer((req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    readFile(path.join(dir, name)).then(
      (body) =>
        res.writeHead(200, { 'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (file) => `http://127.0.0.1:${String(port)}/${encodeURIComponent(file)}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
