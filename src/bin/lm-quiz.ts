// The binary's entry: --version at once, else the program (loaded only then).
import { answerVersion } from '../cli/fast-path.js';

if (!answerVersion(process.argv.slice(2), (text) => process.stdout.write(text))) {
  const [{ start }, { main }] = await Promise.all([import('../cli/entry.js'), import('../cli/quiz.js')]);
  await start('lm-quiz', main);
}
