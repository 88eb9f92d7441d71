import type { Command } from 'commander';
import type { CliIO } from '../io';

// Placeholder until the 'report' command is written: it registers nothing.
export function registerReport(_program: Command, _io: CliIO): void {}
