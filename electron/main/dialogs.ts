import { dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions } from 'electron';
import { dirname } from 'node:path';
import type { FilePurpose, FolderPurpose, Language } from '../../shared/ipc/types.ts';
import type { PathChooser } from '../core/settings/pathChooser.ts';

const fileDialogs: Record<FilePurpose, Record<Language, { title: string; filter: string }> & { extensions: string[] }> = {
  register: {
    extensions: ['json'],
    nl: { title: 'Verwerkingsregister van de organisatie kiezen', filter: 'Verwerkingsregister (JSON)' },
    en: { title: "Choose the organisation's processing register", filter: 'Processing register (JSON)' },
  },
  certificate: {
    extensions: ['p12', 'pfx'],
    nl: { title: 'Ondertekeningscertificaat kiezen', filter: 'PKCS#12-certificaat (.p12, .pfx)' },
    en: { title: 'Choose the signing certificate', filter: 'PKCS#12 certificate (.p12, .pfx)' },
  },
  checkpoint: {
    extensions: ['json'],
    nl: { title: 'Controlepunt van het auditlog kiezen', filter: 'Controlepunt (audit-checkpoint.json)' },
    en: { title: 'Choose an audit-log checkpoint', filter: 'Checkpoint (audit-checkpoint.json)' },
  },
  'trust-anchor': {
    extensions: ['pem', 'crt', 'cer'],
    nl: { title: 'Vertrouwde certificaatautoriteit toevoegen', filter: 'CA-certificaat (PEM: .pem, .crt, .cer)' },
    en: { title: 'Add a trusted certificate authority', filter: 'CA certificate (PEM: .pem, .crt, .cer)' },
  },
};

const folderTitles: Record<FolderPurpose, Record<Language, string>> = {
  output: { nl: 'Map voor de uitvoer kiezen', en: 'Choose the output folder' },
};

/**
 * The OS open dialogs, modal to the window, with a filter per purpose. Returns the chosen path or null;
 * the core remembers it, and only that path can then be applied (core/settings/pathChooser.ts).
 */
export function electronPathChooser(window: () => BrowserWindow | null): PathChooser {
  const show = async (options: OpenDialogOptions): Promise<string | null> => {
    const parent = window();
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    chooseFile: (purpose, { language, current }) => {
      const texts = fileDialogs[purpose];
      return show({
        title: texts[language].title,
        ...(current ? { defaultPath: dirname(current) } : {}),
        filters: [{ name: texts[language].filter, extensions: texts.extensions }],
        properties: ['openFile', 'dontAddToRecent'],
      });
    },
    chooseFolder: (purpose, { language, current }) =>
      show({
        title: folderTitles[purpose][language],
        defaultPath: current ?? undefined,
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      }),
  };
}
