import type { Command } from 'commander';
import type { CliIO } from '../io';

// Placeholder until the 'generate' command is written: it registers nothing.
export function registerGenerate(_program: Command, _io: CliIO): void {}
