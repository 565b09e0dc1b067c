import type { FilePurpose, FolderPurpose, Language } from '../../../shared/ipc/types.ts';

export type ChoicePurpose = FilePurpose | FolderPurpose;

/**
 * The OS open dialogs, passed in by the host: Electron's dialog.showOpenDialog in the app, a fake
 * that answers a fixed path in the tests and the Chromium bridge. Resolves to null when cancelled.
 */
export interface PathChooser {
  chooseFile(purpose: FilePurpose, options: { language: Language; current: string | null }): Promise<string | null>;
  chooseFolder(purpose: FolderPurpose, options: { language: Language; current: string | null }): Promise<string | null>;
}

/** For hosts without dialogs (the CLI): nothing is ever chosen. */
export const noPathChooser: PathChooser = {
  chooseFile: async () => null,
  chooseFolder: async () => null,
};

/**
 * The paths the clerk picked in an OS dialog, one per purpose. The apply channels accept only the
 * path the dialog returned for that purpose: a compromised renderer can then not make the main
 * process read (a register, a certificate) or write (the output folder) a path it names itself.
 */
export interface PathGrants {
  grant(purpose: ChoicePurpose, path: string): void;
  isGranted(purpose: ChoicePurpose, path: string): boolean;
  revoke(purpose: ChoicePurpose): void;
}

export function createPathGrants(): PathGrants {
  const granted = new Map<ChoicePurpose, string>();
  return {
    grant: (purpose, path) => granted.set(purpose, path),
    isGranted: (purpose, path) => granted.get(purpose) === path,
    revoke: (purpose) => granted.delete(purpose),
  };
}
