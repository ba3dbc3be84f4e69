/**
 * `lm-explain lab` and its labs: commander wiring only. Each action imports
 * its lab with `await import()`, so no other command loads any of them.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Io } from '../io/io.js';
import type { Lang } from '../io/lang.js';
import type { LabGlobals } from '../lab/context.js';
import { labMessages } from '../lab/i18n/messages.js';
import { wholeNumber } from './program.js';

export function addLabCommand(program: Command, io: Io, uiLang: Lang, setExit: (code: number) => void): void {
  const m = labMessages(uiLang);
  const globals = () => program.opts<LabGlobals>();
  const whole = (name: string, lo: number, hi: number) => wholeNumber(lo, hi, m.errRange(name, lo, hi));
  const corpusOptions = (c: Command) =>
    c
      .option('--corpus <file>', m.optCorpus)
      .addOption(new Option('--level <level>', m.optLevel).choices(['char', 'word']))
      .option('--seed <seed>', m.optSeed, '1')
      .option('--json', m.optJson);

  const lab = program
    .command('lab')
    .description(m.labDescription)
    .action(async () => {
      const { labList } = await import('../lab/commands/list.js');
      io.stdout.write(labList(io, globals()));
    });

  corpusOptions(lab.command('ngram').description(m.ngramDescription))
    .option('--n <n>', m.optN, whole('--n', 1, 5), 3)
    .option('--prompt <text>', m.optPrompt)
    .addOption(new Option('--smoothing <kind>', m.optSmoothing).choices(['kn', 'add-k']).default('kn'))
    .option('--k <k>', m.optK, number('--k', 0, 100), 1)
    .option('--length <n>', m.optLength, whole('--length', 1, 1000), 30)
    .action(async (opts) => {
      const { ngramLab } = await import('../lab/commands/ngram.js');
      setExit(await ngramLab(io, globals(), opts));
    });

  corpusOptions(lab.command('neural').description(m.neuralDescription))
    .option('--context <k>', m.optContext, whole('--context', 1, 4), 2)
    .option('--seconds <s>', m.optSeconds, number('--seconds', 0, 3600), 30)
    .option('--steps <n>', m.optSteps, whole('--steps', 1, 10_000_000))
    .option('--hidden <n>', m.optHidden, whole('--hidden', 1, 1024), 64)
    .option('--embed <n>', m.optEmbed, whole('--embed', 1, 256), 16)
    .action(async (opts) => {
      const { neuralLab } = await import('../lab/commands/neural.js');
      // Ctrl-C ends training, not the process: the model so far is still evaluated.
      setExit(await neuralLab(io, globals(), opts, (handler) => (process.on('SIGINT', handler), () => process.off('SIGINT', handler))));
    });

  lab
    .command('tokens')
    .description(m.tokensDescription)
    .argument('[text...]', m.argText)
    .option('--json', m.optJson)
    .action(async (words: string[], opts: { json?: boolean }) => {
      const { tokensLab } = await import('../lab/commands/tokens.js');
      setExit(await tokensLab(io, globals(), { text: words.length > 0 ? words.join(' ') : undefined, json: opts.json }));
    });

  corpusOptions(lab.command('sample').description(m.sampleDescription))
    .option('--n <n>', m.optN, whole('--n', 1, 5), 3)
    .option('--prompt <text>', m.optPrompt)
    .option('--temperature <list>', m.optTemperature, (value: string) => value.split(',').map(number('--temperature', 0, 10)))
    .option('--top-k <k>', m.optTopK, whole('--top-k', 1, 100_000))
    .option('--samples <n>', m.optSamples, whole('--samples', 1, 20), 3)
    .option('--length <n>', m.optLength, whole('--length', 1, 1000), 20)
    .action(async (opts) => {
      const { sampleLab } = await import('../lab/commands/sample.js');
      setExit(await sampleLab(io, globals(), opts));
    });

  function number(name: string, lo: number, hi: number): (value: string) => number {
    return (value) => {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n) || n <= lo || n > hi) throw new InvalidArgumentError(m.errNumber(name, lo, hi));
      return n;
    };
  }
}
