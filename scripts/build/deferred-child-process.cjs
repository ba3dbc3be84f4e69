// commander's command.js requires node:child_process when it loads, for
// subcommands that are separate executables; lm-explain declares none. Loading
// it builds Node's net, dgram and stream modules (about 10 ms of every start on
// Node 20). This stands in for it in commander only, and loads the real module
// on the first use of any of its members, so commander behaves the same.
let real;
const load = () => (real ??= process.getBuiltinModule('node:child_process'));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => ({ ...Reflect.getOwnPropertyDescriptor(load(), key), configurable: true }),
});
