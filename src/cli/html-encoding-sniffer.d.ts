// Types for html-encoding-sniffer (the package ships none): the HTML Standard's encoding sniffing.
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    /** A Content-Type charset from the transport layer: beats everything but a BOM. */
    transportLayerEncodingLabel?: string;
    /** The fallback when nothing is declared (the standard's default for most locales: windows-1252). */
    defaultEncoding?: string;
  }
  /** The canonical WHATWG encoding name for these bytes. */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SniffOptions): string;
}
