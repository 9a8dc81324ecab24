import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../../src/server/build.mjs';

describe('buildEnv', () => {
  it('drops what vitest puts into process.env, so a build from the tests is a production build', () => {
    const env = buildEnv({
      PATH: '/usr/bin',
      BASE_PATH: '/acr-lab',
      NODE_ENV: 'test',
      DEV: '1',
      PROD: '',
      SSR: '',
      MODE: 'test',
      BASE_URL: '/',
      TEST: 'true',
      VITEST: 'true',
      VITEST_MODE: 'RUN',
    });
    expect(env).toEqual({ PATH: '/usr/bin', BASE_PATH: '/acr-lab', NODE_ENV: 'production' });
  });
});
