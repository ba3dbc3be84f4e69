/** The formatters by name. */
import type { FormatName, Formatter } from './format.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const FORMATTERS: Record<FormatName, Formatter> = { stylish, json, github, sarif };
