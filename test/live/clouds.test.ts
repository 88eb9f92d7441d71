/** Endpoints and token audiences per cloud; custom endpoints must be plain https. */
import { resolveCloud } from '../../src/sources/live/clouds';

test.each([
  [undefined, 'https://api.loganalytics.io/v1', 'https://api.loganalytics.io'],
  ['china', 'https://api.loganalytics.azure.cn/v1', 'https://api.loganalytics.azure.cn'],
  ['USGov', 'https://api.loganalytics.us/v1', 'https://api.loganalytics.us'],
  ['https://api.loganalytics.azure.cn/v1', 'https://api.loganalytics.azure.cn/v1', 'https://api.loganalytics.azure.cn'],
  ['https://api.loganalytics.azure.com', 'https://api.loganalytics.azure.com/v1', 'https://api.loganalytics.io'],
  ['https://127.0.0.1:8443/v1/', 'https://127.0.0.1:8443/v1', 'https://api.loganalytics.io'],
])('%s', (endpoint, url, audience) => {
  const saved = process.env.SIGNINLAB_LOGS_ENDPOINT;
  delete process.env.SIGNINLAB_LOGS_ENDPOINT;
  try {
    expect(resolveCloud(endpoint)).toEqual({ endpoint: url, audience });
  } finally {
    if (saved !== undefined) process.env.SIGNINLAB_LOGS_ENDPOINT = saved;
  }
});

test('an audience given with or without /.default is used bare', () => {
  expect(resolveCloud('https://proxy.example/v1', 'https://api.loganalytics.us/.default').audience).toBe('https://api.loganalytics.us');
});

test('SIGNINLAB_LOGS_ENDPOINT is the default', () => {
  const saved = process.env.SIGNINLAB_LOGS_ENDPOINT;
  process.env.SIGNINLAB_LOGS_ENDPOINT = 'usgov';
  try {
    expect(resolveCloud().endpoint).toBe('https://api.loganalytics.us/v1');
  } finally {
    if (saved === undefined) delete process.env.SIGNINLAB_LOGS_ENDPOINT;
    else process.env.SIGNINLAB_LOGS_ENDPOINT = saved;
  }
});

test.each([
  ['http://127.0.0.1:8080/v1', /must use https/],
  ['https://user:pw@example.com/v1', /plain https URL/],
  ['mars', /neither a cloud name/],
])('refuses %s', (endpoint, message) => {
  expect(() => resolveCloud(endpoint)).toThrow(message);
});

test('names of Object members are neither clouds nor known hosts', () => {
  for (const name of ['constructor', '__proto__', 'toString']) expect(() => resolveCloud(name)).toThrow(/neither a cloud name/);
  expect(resolveCloud('https://constructor/v1')).toEqual({ endpoint: 'https://constructor/v1', audience: 'https://api.loganalytics.io' });
  expect(resolveCloud('https://tostring')).toEqual({ endpoint: 'https://tostring/v1', audience: 'https://api.loganalytics.io' });
});
