// Prints where `npm run build` put the extensions, for the README's first command.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const builds = [
  ['Chrome / Edge (MV3)', '.output/chrome-mv3'],
  ['Firefox (MV2)', '.output/firefox-mv2'],
];
console.log('\nQingdu extension built:');
for (const [browser, dir] of builds) {
  console.log(`  ${browser.padEnd(20)} ${existsSync(dir) ? resolve(dir) : `(missing: ${dir})`}`);
}
console.log('Load it as described in README.md ("Load the extension").');
