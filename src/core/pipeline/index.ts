/** The reader pipeline: a page in, the article (or why there is none) out. */
export { runPipeline } from './run';
export { articleLines } from './article-text';
export type { Article, PipelineOptions, PipelineResult } from '../model/article';
