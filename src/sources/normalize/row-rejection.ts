/**
 * Thrown by a normalizer for a row that is not a user sign-in or lacks what every analysis needs (an Id, a time).
 * The loaders catch it and report the row with its file, line and `reason`, so nothing is dropped silently.
 */
export class RowRejection extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'RowRejection';
  }
}

export function isRowRejection(e: unknown): e is RowRejection {
  return e instanceof Error && e.name === 'RowRejection';
}
