#!/usr/bin/env node
// Node's own compile cache (Node 22.1+; Node 20 starts without it), then the program.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/lm-lint.js');
