/** The names of a pack's lint configuration, in the order they are looked for (the first that exists is read). */
export const CONFIG_FILES = ['.lm-lint.yaml', '.lm-lint.yml'];
