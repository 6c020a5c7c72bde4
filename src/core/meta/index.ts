/** Reading the article's metadata: title, original outlet, date, author, repost site, language. */
export { chooseTitle, originalTitles, readMetaTags, titleCandidates, type MetaTags } from './title';
export { parseDate } from './date';
export { repostSite } from './repost';
export { readMetadata, type MetadataInput, type ReadabilityHints, type Metadata } from './metadata';
export { readSiteName } from './site-name';
