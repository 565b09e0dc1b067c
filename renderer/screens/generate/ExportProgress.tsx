import type { JobProgress } from '../../../shared/ipc/types.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import type { MessageKey } from '../../i18n/i18n.ts';
import type { Translate } from '../../store.ts';
import { useT } from '../../store.ts';

const stageText: Record<string, MessageKey> = {
  assemble: 'generate.stage.assemble',
  certificate: 'generate.stage.certificate',
  layout: 'generate.stage.layout',
  paginate: 'generate.stage.paginate',
  encode: 'generate.stage.encode',
  sign: 'generate.stage.sign',
  'write-pdf': 'generate.stage.write-pdf',
  archive: 'generate.stage.archive',
  done: 'generate.stage.done',
};

/** The export's step in words, with the page being rendered (issue 14.6: not "render · 10%"). */
export function exportStageText(t: Translate, progress: JobProgress | null): string {
  const key = (progress && stageText[progress.stage]) ?? (progress ? 'generate.stage.other' : 'generate.stage.assemble');
  return t(key, { page: progress?.page ?? 1, pages: progress?.pages ?? '…' });
}

/** The export's progress bar: its steps in words, moving page by page while the PDF renders. */
export function ExportProgress({ progress }: { progress: JobProgress | null }) {
  const t = useT();
  return <ProgressBar done={progress?.done ?? 0} total={progress?.total ?? 1} label={exportStageText(t, progress)} />;
}
