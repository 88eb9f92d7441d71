#!/usr/bin/env node
'use strict';
require('../dist/cli/main')
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
