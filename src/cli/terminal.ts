/**
 * What the CLI prints is page text, and a page can hold terminal control sequences: OSC 0 retitles
 * the window, SGR recolours it, OSC 52 writes the terminal's clipboard. Every line of output goes
 * through here: escape sequences are dropped whole, then every other C0/C1 control but tab and
 * newline, and the bidi overrides that make a terminal show text in another order than it is.
 */
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_])/g;
const C1_SEQUENCE = /\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*(?:\x07|\x9c)?/g;
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to write to a terminal (newlines and tabs kept; \r\n read as \n). */
export function forTerminal(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '').replace(CONTROLS, '');
}

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls but writes C1 controls and the line
 * separators raw; they become \u escapes here, so the output stays valid JSON and inert.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
