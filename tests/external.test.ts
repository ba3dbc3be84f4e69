import { describe, expect, it } from 'vitest';
import { installed, missingReason } from './helpers/external.js';

describe('tests that need another program', () => {
  it('are skipped with the reason when it is missing', () => {
    expect(installed('sh')).toBe(true);
    expect(installed('no-such-program-lm')).toBe(false);
    expect(missingReason(['sh'], {})).toBeUndefined();
    expect(missingReason(['sh', 'no-such-program-lm'], {})).toBe('needs no-such-program-lm, which is not installed (apt-get install no-such-program-lm; .ci/run does)');
  });

  it('run (and fail) instead under LM_REQUIRE_EXTERNAL, as in CI', () => {
    expect(missingReason(['no-such-program-lm'], { LM_REQUIRE_EXTERNAL: '1' })).toBeUndefined();
  });
});
