/**
 * The page side of conversion: one object per page (it lives in the content-script isolated
 * world, created by entrypoints/convert.ts) that detects the page's script, picks the converter
 * and drives convertDocument. The background talks to it with PageCommand, through
 * scripting.executeScript (src/background/conversion.ts).
 */
import { analyzePage, needsConversion, pageRegion, type PageScript, type Script } from '../../core/convert/detect';
import { configFor, getConverter, type ConfigName } from '../../core/convert/converter';
import type { ConvertTarget, TraditionalRegion } from '../../core/convert/types';
import { convertDocument, type ConversionController, type ConvertDocumentOptions } from './dom';
import type { PageCommand, PageConverterApi, PageStatus } from '../../protocol';

export interface PageConverter extends PageConverterApi {
  /** The live controller while converted (for tests). */
  readonly controller: ConversionController | null;
}

export function createPageConverter(
  doc: Document,
  options: Partial<Omit<ConvertDocumentOptions, 'lang'>> = {},
): PageConverter {
  let controller: ConversionController | null = null;
  let target: ConvertTarget | null = null;
  let config: ConfigName | null = null;
  let detected: PageScript | null = null;
  let region: TraditionalRegion | null = null;
  let firstMs: number | undefined;

  const status = (skipped?: PageStatus['skipped']): PageStatus => {
    const stats = controller?.stats();
    return {
      state: controller ? 'converted' : 'original',
      ...(skipped ? { skipped } : {}),
      target,
      config,
      detected: detected?.script ?? null,
      region,
      ...(firstMs !== undefined ? { firstMs } : {}),
      ...(stats ? { texts: stats.texts, attributes: stats.attributes } : {}),
    };
  };

  const restore = () => {
    controller?.restore();
    controller = null;
  };

  const convert = (to: ConvertTarget, auto: boolean): PageStatus => {
    if (controller && target === to) return status();
    const started = performance.now();
    restore(); // another target: start again from the original text
    detected = analyzePage(doc);
    target = to;
    region = null;
    config = null;
    if (detected.japanese) return status('japanese');
    if (auto && detected.script === 'none') return status('not-chinese');
    if (auto && !needsConversion(detected.script, to)) return status('same-script');
    // Which traditional the page is in decides opencc-js's source locale (tw2s / hk2s / t2s).
    if (to === 'simplified') region = pageRegion(doc);
    config = configFor(to, region ?? 'tw');
    const converter = getConverter(config);
    controller = convertDocument(doc, converter, { ...options, lang: converter.lang });
    firstMs = performance.now() - started;
    return status();
  };

  return {
    get controller() {
      return controller;
    },
    run(command: PageCommand): PageStatus {
      switch (command.action) {
        case 'convert':
          return convert(command.target, command.auto === true);
        case 'toggle':
          if (controller) {
            restore();
            return status();
          }
          return convert(command.target, false);
        case 'restore':
          restore();
          return status();
        case 'status':
        default:
          return status();
      }
    },
  };
}
