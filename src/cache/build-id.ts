/**
 * The id of the running build: a hash of the sources and locked dependencies
 * that scripts/build.mjs compiles in. Every cache key includes it, so output
 * cached by one build is never served by another. Undefined when running
 * from source (tests), where caching is off unless LM_CACHE_DIR asks for it.
 */
declare const __LM_BUILD_ID__: string | undefined;

export const BUILD_ID: string | undefined = typeof __LM_BUILD_ID__ === 'string' ? __LM_BUILD_ID__ : undefined;
