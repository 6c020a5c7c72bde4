/** The wire between Qingdu's parts: messages, page commands and the globals each context keeps. */
export { trustedRequest, message } from './messages';
export type { Messages, MessageType, Message, Answer, MessageSender, TrustedRequest } from './messages';
export type { PageCommand, PageStatus, TabConvertResult } from './page-commands';
export { tabWorld, backgroundWorld, perDocument, oncePerWorld } from './world';
export type { TabWorld, BackgroundWorld, PageConverterApi, DetectRecord, ConversionApi } from './world';
