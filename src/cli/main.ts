import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runPipeline } from '../core/pipeline';
import { convertArticle } from '../core/convert/article';
import { convertText } from '../core/convert/converter';
import { SCRIPT_TARGETS, type ScriptTarget } from '../core/settings/schema';
import { formatArticle, type OutputFormat } from './format';
import { forTerminal } from './terminal';
import { decodePage, loadDocument, nestedTooDeep } from './load-page';
import { QUOTE_ARG_OPTIONS, QUOTE_USAGE, parseQuoteFormat, quoteForCli } from './quote-option';

const USAGE = `usage: npm run --silent qingdu -- [FILE.html] [--url URL] [--format text|markdown|html|json] [--figures]
                                [--to simplified|taiwan|hongkong|off]
                                [--quote TEXT [--quote-format plain|markdown|chinese] [--no-citation] [--no-url]]

Reads a saved web page and prints its article as Qingdu's reader shows it.
Without FILE it reads the bundled sample page. --figures marks key figures inline in text output (⟦87.7%⟧);
JSON output always lists them (figures: [{text, category, start, end}], offsets into text).
--to converts the title, meta and text to that script (phrase-level, as the extension does).
${QUOTE_USAGE}
Exit codes: 0 printed, 2 bad arguments, 3 no article found, 4 the quoted text is not in the article.`;

const FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'html', 'json'];

export const SAMPLE_PAGE = fileURLToPath(new URL('../../test/fixtures/seed-003-shixun.html', import.meta.url));

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'text' },
        figures: { type: 'boolean', default: false },
        to: { type: 'string', default: 'off' },
        ...QUOTE_ARG_OPTIONS,
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`qingdu: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!FORMATS.includes(format) || positionals.length > 1) {
    process.stderr.write(`qingdu: ${positionals.length > 1 ? 'one file at a time' : `unknown format "${values.format}"`}\n${USAGE}\n`);
    return 2;
  }
  const quoteFormat = parseQuoteFormat(values['quote-format']);
  if (!quoteFormat) {
    process.stderr.write(`qingdu: unknown quote format "${values['quote-format']}"\n${USAGE}\n`);
    return 2;
  }
  const to = values.to as ScriptTarget;
  if (!(SCRIPT_TARGETS as readonly string[]).includes(to)) {
    process.stderr.write(`qingdu: unknown script "${values.to}"\n${USAGE}\n`);
    return 2;
  }
  const file = positionals[0] ?? SAMPLE_PAGE;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    process.stderr.write(`qingdu: cannot read ${file}: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const url = values.url ?? 'http://localhost/';
  const html = decodePage(bytes);
  if (nestedTooDeep(html)) {
    process.stderr.write('qingdu: This page is nested too deeply to read (more than a browser would build).\n');
    return 3;
  }
  const result = runPipeline(loadDocument(html, url), { url: values.url });
  if (!result.ok) {
    process.stderr.write(`qingdu: ${result.message}\n`);
    return 3;
  }
  const article = to === 'off' ? result.article : convertArticle(result.article, (text) => convertText(text, to));
  if (values.quote !== undefined) {
    // Exactly what the extension puts on the clipboard (text/plain), through the same function.
    const quote = quoteForCli(article, values.quote, quoteFormat, {
      citation: !values['no-citation'],
      url: !values['no-url'],
      pageUrl: values.url ?? null,
    });
    if (!quote.ok) {
      process.stderr.write(`qingdu: ${forTerminal(quote.message)}\n`);
      return 4;
    }
    process.stdout.write(forTerminal(quote.output) + '\n');
    return 0;
  }
  process.stdout.write(formatArticle(article, format, { figures: values.figures }) + '\n');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
