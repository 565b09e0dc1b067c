import type { Db } from '../../electron/core/db/openDatabase.ts';
import { loadDefaultPolicy } from '../../electron/core/policy/loadPolicy.ts';
import { subjectProfileLoader } from '../../electron/core/records/loadSubjectProfile.ts';
import { assembleExtract } from '../../shared/extract/assembleExtract.ts';
import type { ExtractModel } from '../../shared/extract/extractModel.ts';

/** An extract model assembled from the demo database for one subject, as the app makes it. */
export function demoExtractModel(
  db: Db,
  subjectId: string,
  options: { language?: 'nl' | 'en'; kind?: 'access' | 'portability' | 'both'; reference?: string } = {},
): ExtractModel {
  const profile = subjectProfileLoader(db)([subjectId]);
  return assembleExtract(
    profile,
    loadDefaultPolicy(),
    {
      reference: options.reference ?? 'INZ-2026-0001',
      receivedOn: '2026-10-20',
      kind: options.kind ?? 'both',
      language: options.language ?? 'nl',
      requester: { name: 'Łukasz Müller-Öztürk' },
      subjectIds: [subjectId],
      clerk: 'Zoë Çelik',
    },
    '2026-11-01',
  );
}
