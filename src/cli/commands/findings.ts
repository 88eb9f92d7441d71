import type { Command } from 'commander';
import type { CliIO } from '../io';

// Placeholder until the 'findings' command is written: it registers nothing.
export function registerFindings(_program: Command, _io: CliIO): void {}
