/**
 * `<feed-checker>`: the partner's feed checker (`/partenaires/verifier/`). It reads a dropped or
 * chosen file, pasted text, or a link (fetched by the browser, where the partner's server allows
 * it), hands the bytes to its worker — which runs the nightly run's own code (src/lib) — and
 * writes the report into the page. Nothing is sent anywhere but the link asked for. Every word
 * comes from the page (its JSON of texts) or from the worker's report: this script imports
 * nothing of src/lib, so no other page's scripts change because of it.
 */
import type { CheckReport, ReportDay, ReportIssue } from '../lib/partners/check-report.ts';
import type { CheckReply, CheckRequest } from './feed-check-messages.ts';

/** The texts the page gives the script (src/lib/site/strings/partners-check.ts, written at build). */
interface CheckerTexts {
  reading: string;
  fetching: string;
  noFile: string;
  noText: string;
  noLink: string;
  tooBig: string;
  badLink: string;
  insecureLink: string;
  blocked: string;
  httpError: string;
  failed: string;
  directoryFailed: string;
  title: string;
  issuesTitle: string;
  agendaTitle: string;
  agendaIntro: string;
  agendaEmpty: string;
  themes: string;
  publics: string;
  /** Largest feed read, in bytes (the nightly budget). */
  maxBytes: number;
}

const fill = (template: string, value: string) => template.replace('{}', value);

/** An element with a class and a text. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

/** Reads at most `max` bytes of a response; `null` when it holds more. */
async function readBody(response: Response, max: number): Promise<Uint8Array | null> {
  const reader = response.body?.getReader();
  if (reader === undefined) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

class FeedChecker extends HTMLElement {
  private texts!: CheckerTexts;
  /** The site's directory as JSON text, fetched once when the page opens; `null` when it could not be. */
  private directory: Promise<string | null> = Promise.resolve(null);
  private worker: Worker | undefined;
  private pending = new Map<number, (reply: CheckReply) => void>();
  private nextId = 1;
  private status!: HTMLElement;
  private result!: HTMLElement;

  connectedCallback(): void {
    const texts = document.getElementById(this.dataset['texts'] ?? '');
    const status = this.querySelector<HTMLElement>('[data-checker-status]');
    const result = this.querySelector<HTMLElement>('[data-checker-result]');
    if (!texts || this.dataset['directory'] === undefined || !status || !result) return;
    this.texts = JSON.parse(texts.textContent) as CheckerTexts;
    this.status = status;
    this.result = result;
    // Fetched and started now, so that nothing is fetched once a file is given.
    this.directory = this.loadDirectory();
    this.worker = new Worker(new URL('./feed-check-worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event: MessageEvent<CheckReply>) => {
      this.pending.get(event.data.id)?.(event.data);
      this.pending.delete(event.data.id);
    });
    this.bindForms();
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-checker-ui]')) hidden.hidden = false;
    for (const note of this.querySelectorAll<HTMLElement>('[data-checker-noscript]')) note.hidden = true;
  }

  /** The directory's JSON text from the page's `data-directory` address, `null` when it did not come. */
  private loadDirectory(): Promise<string | null> {
    return fetch(this.dataset['directory'] ?? '')
      .then((response) => (response.ok ? response.text() : null))
      .catch(() => null);
  }

  disconnectedCallback(): void {
    this.worker?.terminate();
  }

  private bindForms(): void {
    const fileForm = this.querySelector<HTMLFormElement>('form[data-checker="file"]');
    const textForm = this.querySelector<HTMLFormElement>('form[data-checker="text"]');
    const linkForm = this.querySelector<HTMLFormElement>('form[data-checker="link"]');
    const fileInput = fileForm?.querySelector<HTMLInputElement>('input[type="file"]');
    fileForm?.addEventListener('submit', (event) => {
      event.preventDefault();
      const file = fileInput?.files?.[0];
      if (file === undefined) this.say(this.texts.noFile);
      else void this.checkFile(file);
    });
    fileInput?.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file !== undefined) void this.checkFile(file);
    });
    const zone = this.querySelector<HTMLElement>('[data-checker-drop]') ?? fileForm;
    zone?.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('is-dragging');
    });
    zone?.addEventListener('dragleave', () => {
      zone.classList.remove('is-dragging');
    });
    zone?.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('is-dragging');
      const file = event.dataTransfer?.files[0];
      if (file !== undefined) void this.checkFile(file);
    });
    textForm?.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = textForm.querySelector('textarea')?.value ?? '';
      if (text.trim() === '') this.say(this.texts.noText);
      else void this.check(new TextEncoder().encode(text), '');
    });
    linkForm?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.checkLink(linkForm.querySelector('input')?.value.trim() ?? '');
    });
  }

  private say(message: string): void {
    this.status.textContent = message;
  }

  private async checkFile(file: File): Promise<void> {
    if (file.size > this.texts.maxBytes) {
      this.say(this.texts.tooBig);
      return;
    }
    this.say(fill(this.texts.reading, file.name));
    await this.check(new Uint8Array(await file.arrayBuffer()), file.name);
  }

  private async checkLink(text: string): Promise<void> {
    if (text === '') {
      this.say(this.texts.noLink);
      return;
    }
    let url: URL;
    try {
      url = new URL(text.replace(/^webcals?:\/\//i, 'https://'));
    } catch {
      this.say(this.texts.badLink);
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      this.say(this.texts.badLink);
      return;
    }
    if (url.protocol === 'http:' && location.protocol === 'https:') {
      this.say(this.texts.insecureLink);
      return;
    }
    this.say(fill(this.texts.fetching, url.href));
    let response: Response;
    try {
      response = await fetch(url, {
        mode: 'cors',
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
    } catch {
      this.say(this.texts.blocked);
      return;
    }
    if (!response.ok) {
      this.say(fill(this.texts.httpError, String(response.status)));
      return;
    }
    const bytes = await readBody(response, this.texts.maxBytes);
    if (bytes === null) {
      this.say(this.texts.tooBig);
      return;
    }
    await this.check(bytes, url.pathname);
  }

  private async check(bytes: Uint8Array, name: string): Promise<void> {
    const worker = this.worker;
    if (worker === undefined) return;
    let directory = await this.directory;
    // Lost when the page opened (a weak connection): asked once more before giving up.
    if (directory === null) directory = await (this.directory = this.loadDirectory());
    if (directory === null) {
      this.say(this.texts.directoryFailed);
      return;
    }
    const id = this.nextId++;
    const buffer = bytes.slice().buffer;
    const request: CheckRequest = { id, bytes: buffer, name, now: Date.now(), directory };
    await new Promise<void>((resolve) => {
      this.pending.set(id, (reply) => {
        if ('report' in reply) this.show(reply.report);
        else this.say(reply.failure);
        resolve();
      });
      worker.postMessage(request, [buffer]);
    });
  }

  private show(report: CheckReport): void {
    const t = this.texts;
    const out = this.result;
    out.replaceChildren();
    out.dataset['verdict'] = report.usable ? 'usable' : 'unusable';
    out.append(el('h2', t.title));
    out.append(el('p', report.verdict, report.usable ? 'checker-verdict' : 'checker-verdict is-unusable'));
    for (const fact of report.facts) out.append(el('p', fact));
    if (report.issues.length > 0) {
      out.append(el('h3', t.issuesTitle));
      const list = el('ol', undefined, 'checker-issues');
      for (const issue of report.issues) list.append(this.issueItem(issue));
      out.append(list);
    }
    if (report.usable) {
      out.append(el('h3', t.agendaTitle));
      out.append(el('p', t.agendaIntro));
      if (report.days.length === 0) out.append(el('p', t.agendaEmpty));
      for (const day of report.days) out.append(this.daySection(day));
      if (report.hidden !== null) out.append(el('p', report.hidden));
    }
    out.hidden = false;
    this.say(report.verdict);
    out.focus();
  }

  private issueItem(issue: ReportIssue): HTMLLIElement {
    const item = el('li', undefined, `checker-issue is-${issue.severity}`);
    if (issue.line !== null) item.dataset['line'] = String(issue.line);
    item.append(el('strong', `${issue.where} – ${issue.severityLabel} :`), ` ${issue.message}`);
    return item;
  }

  private daySection(day: ReportDay): HTMLElement {
    const t = this.texts;
    const section = el('section', undefined, 'agenda-day');
    section.append(el('h4', day.heading));
    const list = el('ul');
    for (const line of day.lines) {
      const item = el('li', undefined, line.cancelled ? 'agenda-line cancelled' : 'agenda-line');
      item.dataset['start'] = line.start;
      item.dataset['occurrence'] = line.id;
      const heading = el('h5');
      if (line.status !== null) heading.append(el('strong', line.status, 'status-mark'), ' ');
      heading.append(el('span', line.title, 'agenda-title'));
      const when = el('p');
      when.append(el('span', line.time, 'agenda-time'));
      for (const part of [line.where, line.price, line.more]) if (part !== null) when.append(` · ${part}`);
      const classes = el('p', `${t.themes} ${line.themes} · ${t.publics} ${line.publics}`, 'agenda-classes');
      item.append(heading, when, classes);
      list.append(item);
    }
    section.append(list);
    return section;
  }
}

if (!customElements.get('feed-checker')) customElements.define('feed-checker', FeedChecker);
