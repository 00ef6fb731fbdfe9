// Exports one table as CSV: the core writes the text for exactly the table and filter shown
// (so the file and the screen agree), and the page saves it as a download.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CsvFile, CsvRequest } from '../../../../core/admin-tables.ts';
import { secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import type { ConsoleError } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { ErrorLine } from './ErrorLine.tsx';

/** Saves `text` as a file through the browser's download, then frees the object URL. */
export function saveDownload(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is freed on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface CsvButtonProps {
  readonly request: CsvRequest;
  readonly title: string;
  readonly testId: string;
}

export function CsvButton({ request, title, testId }: CsvButtonProps) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // A fetch of the core's CSV query fails with the tRPC client error, like any other call.
  const exportFile = useMutation<CsvFile, ConsoleError>({
    mutationFn: () =>
      queryClient.fetchQuery({ ...trpc.admin.csv.queryOptions(request), staleTime: 0 }),
    onSuccess: (file) => saveDownload(file.filename, file.text),
  });
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        data-testid={`csv-${testId}`}
        aria-label={t.admin.exportCsvOf(title)}
        disabled={exportFile.isPending}
        onClick={() => exportFile.mutate()}
        className={`${secondaryButton} h-10 px-4 text-base`}
      >
        {exportFile.isPending ? t.admin.exporting : t.admin.exportCsv}
      </button>
      <ErrorLine error={exportFile.error} testId={`csv-error-${testId}`} />
    </div>
  );
}
