import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDatabaseFile, resourcesDir, userDataDir } from '../../../electron/core/paths.ts';

describe('paths', () => {
  it('finds the per-user folder where Electron puts it, per platform, unless overridden', () => {
    expect(userDataDir({}, 'linux', '/home/eva')).toBe('/home/eva/.config/Inzage');
    expect(userDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/eva')).toBe('/cfg/Inzage');
    expect(userDataDir({}, 'darwin', '/Users/eva')).toBe('/Users/eva/Library/Application Support/Inzage');
    expect(userDataDir({ APPDATA: 'C:/Users/eva/AppData/Roaming' }, 'win32', 'C:/Users/eva')).toBe(
      join('C:/Users/eva/AppData/Roaming', 'Inzage'),
    );
    expect(defaultDatabaseFile({ INZAGE_USER_DATA: '/tmp/x' })).toBe(join('/tmp/x', 'inzage.db'));
  });

  it('finds the register and the fonts in a checkout, and where a packaged app says', () => {
    expect(existsSync(join(resourcesDir({}), 'policy', 'alektum-nl.policy.json'))).toBe(true);
    expect(existsSync(join(resourcesDir({}), 'fonts', 'DejaVuSans.ttf'))).toBe(true);
    expect(resourcesDir({ INZAGE_RESOURCES: '/opt/Inzage/resources/resources' })).toBe('/opt/Inzage/resources/resources');
  });
});
