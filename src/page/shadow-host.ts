/**
 * The `:host` rule of a Qingdu element placed over a page (the reader, the notice). Every
 * declaration is !important: in a shadow tree important rules beat the page's own, even
 * `* { display: none !important }`, and `all: initial` stops the page's inherited fonts and
 * colours at the border. `placement` says where this host sits and whether it takes clicks.
 */
export function hostCss(placement: Readonly<Record<string, string>>): string {
  const declarations: Record<string, string> = {
    all: 'initial',
    display: 'block',
    position: 'fixed',
    'z-index': '2147483647',
    visibility: 'visible',
    opacity: '1',
    transform: 'none',
    filter: 'none',
    ...placement,
  };
  return `:host {\n${Object.entries(declarations)
    .map(([name, value]) => `  ${name}: ${value} !important;`)
    .join('\n')}\n}`;
}
