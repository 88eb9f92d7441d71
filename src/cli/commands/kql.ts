import type { Command } from 'commander';
import type { CliIO } from '../io';

// Placeholder until the 'kql' command is written: it registers nothing.
export function registerKql(_program: Command, _io: CliIO): void {}
