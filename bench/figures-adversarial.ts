/**
 * One adversarial shape of the figures bench, in its own process (bench/figures.ts starts one per
 * shape): the time of a megabyte must not include the garbage that the previous shapes' half a
 * million figures left in the heap. Prints JSON: figures found, median and best of 5 after a warm-up.
 */
import { findFigures } from '../src/core/figures';
import { ADVERSARIAL_SHAPES, adversarialText, MB } from '../test/support/adversarial-text';
import { median, time } from './stats';

const name = process.argv[2];
const shape = ADVERSARIAL_SHAPES.find(([n]) => n === name);
if (!shape) throw new Error(`no adversarial shape named ${String(name)}`);
const text = adversarialText(shape[1], MB);
findFigures(text);
const times = [0, 1, 2, 3, 4].map(() => time(() => findFigures(text)));
process.stdout.write(JSON.stringify({ figures: findFigures(text).length, median: median(times), best: Math.min(...times) }));
