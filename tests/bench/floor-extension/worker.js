/* oxlint-disable unicorn/no-empty-file -- empty on purpose */
// No work: a service worker only so the benchmark's browser harness can tell the extension's id from its URL.
