// The build id: a hash of everything that decides what the built code does
// (our sources, the locked dependency versions, the package version). Caches
// key on it, so output cached by one build is never served by another.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

export function buildId(root) {
  const hash = createHash('sha256');
  for (const file of [...files(join(root, 'src')), join(root, 'package.json'), join(root, 'package-lock.json')]) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
