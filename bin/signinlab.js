#!/usr/bin/env -S node --max-semi-space-size=2
'use strict';
// The young generation is capped at 2 MB semi-spaces: loading parses millions of short-lived JSON objects, and the
// default (16 MB+) let that garbage lift peak RSS by ~20 MB with no gain in speed. 4 MB gave 99 MB for `findings` on
// a 221 MB export, 2 MB 92 MB in the same time (107 MB instead of 117 MB with a worker thread, whose heap shares the
// flag); measured: see bench/README.md.
require('../dist/cli/main').main(process.argv.slice(2));
