/** ATT&CK techniques and response steps are data, one entry per detector, each claim with its source. */
import { DETECTORS } from '../../src/analyses/registry';
import { DETECTOR_GUIDANCE, guidanceFor } from '../../src/report';

test('every detector in the registry has its techniques, a note and response steps', () => {
  for (const { detector } of DETECTORS) {
    const g = guidanceFor(detector);
    expect(g).toBeDefined();
    expect(g!.techniques.length).toBeGreaterThan(0);
    expect(g!.note.length).toBeGreaterThan(40);
    expect(g!.steps.length).toBeGreaterThan(0);
  }
  // and no guidance for a detector that does not exist (a renamed detector would leave it orphaned)
  expect(Object.keys(DETECTOR_GUIDANCE).sort()).toEqual(DETECTORS.map((d) => d.detector).sort());
  expect(guidanceFor('toString')).toBeUndefined();
});

test('technique IDs are ATT&CK IDs linked to their own page; every step cites a Microsoft Learn page', () => {
  for (const g of Object.values(DETECTOR_GUIDANCE)) {
    for (const t of g.techniques) {
      expect(t.id).toMatch(/^T\d{4}(\.\d{3})?$/);
      expect(t.url).toBe(`https://attack.mitre.org/techniques/${t.id.replace('.', '/')}/`);
    }
    for (const s of g.steps) {
      expect(s.sources.length).toBeGreaterThan(0);
      for (const u of s.sources) expect(u).toMatch(/^https:\/\/learn\.microsoft\.com\/en-us\/[a-z0-9/-]+$/);
    }
  }
});

test('the techniques the issue names are where they belong', () => {
  const ids = (d: string) => guidanceFor(d)!.techniques.map((t) => t.id);
  expect(ids('token-replay')[0]).toBe('T1550.001');
  expect(ids('token-replay')).toContain('T1557'); // AiTM phishing is how many of these tokens are stolen
  expect(ids('password-spray')[0]).toBe('T1110.003');
  expect(ids('legacy-auth')).toContain('T1078.004');
  expect(ids('mfa-abandoned')[0]).toBe('T1621');
});
