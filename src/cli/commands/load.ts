import type { Command } from 'commander';
import type { CliIO } from '../io';

// Placeholder until the 'load' command is written: it registers nothing.
export function registerLoad(_program: Command, _io: CliIO): void {}
