#!/usr/bin/env node
// CommonJS (bin/package.json): Node's ES module loader costs more at start-up than `--version` does.
require('node:module').enableCompileCache?.();
require('../dist/lm-explain.cjs');
