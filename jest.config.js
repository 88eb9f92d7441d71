/** Jest runs the TypeScript tests through ts-jest; ESM-only packages (vega, vega-lite) are loaded with a real import(),
 *  which is why `npm test` starts node with --experimental-vm-modules. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
