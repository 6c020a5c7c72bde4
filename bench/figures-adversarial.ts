/**
 * One adversarial shape of the figures bench, in its own process (bench/figures.ts starts one per
 * shape): the time of a megabyte must not include the garbage that the previous shapes' half a
 * million figures left in the heap. Prints JSON: figures found, median and best of 5 after a warm-up.
 */
import { findFigures } from '../src/core/figures';
import { ADVERSARIAL_SHAPES, adversarialText, MB } from '../test/support/adversarial-text';

const name = process.argv[2];
const shape = ADVERSARIAL_SHAPES.find(([n]) => n === name);
if (!shape) throw new Error(`no adversarial shape named ${String(name)}`);
const text = adversarialText(shape[1], MB);
findFigures(text);
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  findFigures(text);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ figures: findFigures(text).length, median: times[2], best: times[0] }));
