/** The local KQL engine's public surface (see query.ts for the pipeline). */
export { query, type KqlResult, type QueryOptions } from './query';
export { KqlError, type QueryPosition } from './errors';
export type { ColumnSchema, ScalarType } from './values/types';
export { scalarFunctionNames } from './functions/registry';
export { aggregateFunctionNames } from './aggregates/registry';
export { signInColumns, type ColumnSource } from './sources/sign-in-columns';
