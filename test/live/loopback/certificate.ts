/** A throwaway certificate for 127.0.0.1, made per test run: the SDK sends bearer tokens only over TLS. */
// selfsigned ships no types; its v5 API is one async function.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const selfsigned = require('selfsigned') as {
  generate(attrs: { name: string; value: string }[], options: Record<string, unknown>): Promise<{ private: string; cert: string }>;
};

export interface TestCertificate {
  key: string;
  /** PEM; also the CA to trust, since it signs itself. */
  cert: string;
}

export async function loopbackCertificate(): Promise<TestCertificate> {
  const now = Date.now();
  const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
