import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { pagerCommand, writePaged } from '../../src/io/pager.js';
import { memoryIo } from '../helpers/io.js';

const tall = `${Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n')}\n`;
const PATH = process.env.PATH ?? '';

/** A fake pager process: records what it was given and exits with `code`. */
function fakeSpawn(code: number | null, calls: { command: string; input: string; env: SpawnOptions['env'] }[]) {
  return (command: string, options: SpawnOptions): ChildProcess => {
    const child = new EventEmitter() as ChildProcess;
    const stdin = new PassThrough();
    let input = '';
    stdin.on('data', (chunk) => (input += chunk));
    stdin.on('end', () => {
      calls.push({ command, input, env: options.env });
      setImmediate(() => child.emit('close', code));
    });
    Object.assign(child, { stdin });
    return child;
  };
}

describe('pagerCommand', () => {
  test('only for a terminal, when the text is taller than the screen, and not with --no-pager', () => {
    expect(pagerCommand(memoryIo({ tty: true, rows: 24, env: { PATH } }), tall, true)).toBe('less -R');
    expect(pagerCommand(memoryIo({ tty: true, rows: 24, env: { PATH } }), 'short\n', true)).toBeUndefined();
    expect(pagerCommand(memoryIo({ tty: false, env: { PATH } }), tall, true)).toBeUndefined();
    expect(pagerCommand(memoryIo({ tty: true, rows: 24, env: { PATH } }), tall, false)).toBeUndefined();
  });

  test('$LM_PAGER, then $PAGER, else less -R; a pager that is not installed is skipped', () => {
    const io = (env: Record<string, string>) => memoryIo({ tty: true, rows: 24, env: { PATH, ...env } });
    expect(pagerCommand(io({ LM_PAGER: 'more', PAGER: 'cat' }), tall, true)).toBe('more');
    expect(pagerCommand(io({ PAGER: 'less -X' }), tall, true)).toBe('less -X');
    expect(pagerCommand(io({ PAGER: 'cat' }), tall, true)).toBeUndefined();
    expect(pagerCommand(io({ LM_PAGER: 'no-such-pager-here --flag' }), tall, true)).toBeUndefined();
  });
});

describe('writePaged', () => {
  test('pipes the text to the pager, with LESS=R unless set', async () => {
    const calls: { command: string; input: string; env: SpawnOptions['env'] }[] = [];
    const io = memoryIo({ tty: true, rows: 24, env: { PATH } });
    await writePaged(io, tall, { enabled: true, spawn: fakeSpawn(0, calls) });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.input).toBe(tall);
    expect(calls[0]!.env?.LESS).toBe('R');
    expect(io.out()).toBe('');
  });

  test('prints directly when the pager cannot start', async () => {
    const io = memoryIo({ tty: true, rows: 24, env: { PATH } });
    await writePaged(io, tall, { enabled: true, spawn: fakeSpawn(127, []) });
    expect(io.out()).toBe(tall);
    const throwing = memoryIo({ tty: true, rows: 24, env: { PATH } });
    await writePaged(throwing, tall, {
      enabled: true,
      spawn: () => {
        throw new Error('spawn failed');
      },
    });
    expect(throwing.out()).toBe(tall);
  });

  test('prints directly when piped', async () => {
    const io = memoryIo({ env: { PATH } });
    await writePaged(io, tall, { enabled: true, spawn: fakeSpawn(0, []) });
    expect(io.out()).toBe(tall);
  });
});
