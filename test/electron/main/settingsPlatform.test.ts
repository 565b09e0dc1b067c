import { beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron binary is not available here: the two Electron-only pieces of Settings are run against
// a stand-in for the `electron` module, to check what they ask of it and how they read its answers.
const electron = vi.hoisted(() => ({
  safeStorage: {
    isEncryptionAvailable: vi.fn(() => true),
    getSelectedStorageBackend: vi.fn((): string => 'gnome_libsecret'),
    encryptString: vi.fn((plain: string) => Buffer.from(`enc:${plain}`)),
    decryptString: vi.fn((cipher: Buffer) => cipher.toString().replace(/^enc:/, '')),
  },
  dialog: { showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: ['/home/eva/anne.p12'] })) },
}));
vi.mock('electron', () => electron);

const { safeSecretStore } = await import('../../../electron/main/safeSecretStore.ts');
const { electronPathChooser } = await import('../../../electron/main/dialogs.ts');

describe('safeSecretStore', () => {
  beforeEach(() => vi.clearAllMocks());

  it('counts Linux without a keyring (basic_text) as unavailable, so nothing is stored weakly', () => {
    const linux = process.platform === 'linux';
    electron.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    expect(safeSecretStore.isAvailable()).toBe(!linux);
    electron.safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
    expect(safeSecretStore.isAvailable()).toBe(true);
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(false);
    expect(safeSecretStore.isAvailable()).toBe(false);
  });

  it('passes the text to safeStorage and back', () => {
    const cipher = safeSecretStore.encrypt('geheim');
    expect(safeSecretStore.decrypt(cipher)).toBe('geheim');
    expect(electron.safeStorage.encryptString).toHaveBeenCalledWith('geheim');
  });
});

describe('electronPathChooser', () => {
  beforeEach(() => vi.clearAllMocks());

  it("opens a modal file dialog with the filter and title for the purpose, in the clerk's language", async () => {
    const window = { id: 1 };
    const chooser = electronPathChooser(() => window as never);
    expect(await chooser.chooseFile('certificate', { language: 'nl', current: '/home/eva/certs/old.p12' })).toBe('/home/eva/anne.p12');
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0]! as [
      unknown,
      { title: string; defaultPath: string; filters: { extensions: string[] }[]; properties: string[] },
    ];
    expect(parent).toBe(window);
    expect(options.title).toBe('Ondertekeningscertificaat kiezen');
    expect(options.defaultPath).toBe('/home/eva/certs');
    expect(options.filters).toEqual([{ name: 'PKCS#12-certificaat (.p12, .pfx)', extensions: ['p12', 'pfx'] }]);
    expect(options.properties).toContain('openFile');

    await chooser.chooseFile('register', { language: 'en', current: null });
    const registerOptions = electron.dialog.showOpenDialog.mock.calls[1]![1] as { filters: { extensions: string[] }[] };
    expect(registerOptions.filters[0]!.extensions).toEqual(['json']);
  });

  it('answers null when the dialog is cancelled, and opens folders for the output folder', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const chooser = electronPathChooser(() => null);
    expect(await chooser.chooseFolder('output', { language: 'en', current: '/home/eva/Inzage' })).toBeNull();
    const [options] = electron.dialog.showOpenDialog.mock.calls[0]! as [{ properties: string[]; title: string }];
    expect(options.properties).toContain('openDirectory');
    expect(options.title).toBe('Choose the output folder');
  });
});
