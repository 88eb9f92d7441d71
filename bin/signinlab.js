#!/usr/bin/env -S node --max-semi-space-size=4
'use strict';
// The young generation is capped at 4 MB semi-spaces: loading parses millions of short-lived JSON objects, and the
// default (16 MB+) let that garbage lift peak RSS by ~20 MB with no gain in speed (measured: see bench/README.md).
require('../dist/cli/main').main(process.argv.slice(2));
