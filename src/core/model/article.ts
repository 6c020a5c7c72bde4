import type { SiteRules } from '../settings/schema';

/** One editorial credit found in the page (文/编辑/校对/审核/策划…), shown in the meta line. */
export interface Credit {
  /** The label as printed, e.g. "编辑", "責任編輯". */
  role: string;
  name: string;
}

/** A block the clean stage took out, and the rule that took it. */
export interface Removal {
  rule: string;
  text: string;
  /** The text of the article block it followed, so the reader can put it back in place (null: at the start). */
  anchor?: string | null;
}

/** The article as the reader view, the CLI and the tests see it. */
export interface Article {
  /** The article's real title (not the site's SEO <title>). */
  title: string;
  /** The original outlet (人民日报, 新华网 …), not the repost site; null when the page does not say. */
  source: string | null;
  /** Publication date, ISO 8601 (YYYY-MM-DD, or with time as YYYY-MM-DDTHH:mm[:ss]); null when unknown. */
  published: string | null;
  /** Author or reporter; null when unknown. */
  author: string | null;
  /** The site this copy was read on (the repost site), e.g. "易网健康养生网"; null when unknown. */
  site: string | null;
  /** BCP 47 language of the article: zh-Hans, zh-Hant, en, … */
  lang: string;
  /** The page URL when known. */
  url: string | null;
  /** Sanitized article HTML (paragraphs, headings, lists, tables, figures with images and captions). */
  html: string;
  /** The article body only, one paragraph per line; no title or meta lines. */
  text: string;
  credits: Credit[];
  removed: Removal[];
  /** The next page of a multi-page article (下一页), when the page links to one. */
  nextPage: string | null;
}

export type NoArticleReason = 'no-article' | 'too-large' | 'error';

export type PipelineResult =
  | { ok: true; article: Article }
  | { ok: false; reason: NoArticleReason; message: string };

export interface PipelineOptions {
  /** The page URL; used for link resolution, the site name and the citation. */
  url?: string;
  /** What the user chose to always remove or keep on this site. */
  site?: SiteRules;
}
