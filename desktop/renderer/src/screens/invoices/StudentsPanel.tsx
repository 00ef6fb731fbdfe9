// The tutor's students: add one by name (and a contact), archive one no longer taught.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { fieldClass, primaryButton, secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { EmptyLine, ErrorLine } from './ErrorLine.tsx';

export function StudentsPanel() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { name: useId(), contact: useId() };
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const students = useQuery(trpc.invoices.students.queryOptions());
  const save = useMutation(
    trpc.invoices.saveStudent.mutationOptions({
      onSuccess: () => {
        setName('');
        setContact('');
        void queryClient.invalidateQueries({ queryKey: trpc.invoices.students.queryKey() });
      },
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending || name.trim() === '') return;
    save.mutate({ name: name.trim(), contact: contact.trim() });
  };
  const active = (students.data ?? []).filter((student) => !student.archived);
  return (
    <section aria-labelledby="students-heading" className="flex flex-col gap-3">
      <h2 id="students-heading" className="text-2xl font-bold">{t.invoices.studentsHeading}</h2>
      <ErrorLine error={students.error} />
      {students.isSuccess && active.length === 0 && <EmptyLine text={t.invoices.noStudents} />}
      <ul className="divide-y divide-slate-100" data-testid="student-list">
        {active.map((student) => (
          <li key={student.studentId} data-testid="student-row"
            className="flex items-center justify-between gap-3 py-2">
            <span className="text-lg">
              {student.name}
              {student.contact && (
                <span className="block text-sm text-slate-500">{student.contact}</span>
              )}
            </span>
            <button type="button" disabled={save.isPending}
              onClick={() => save.mutate({ ...student, archived: true })}
              className={`${secondaryButton} h-9 px-3 text-sm`}>
              {t.invoices.archiveStudent(student.name)}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="flex flex-col gap-2" data-testid="add-student">
        <label htmlFor={ids.name} className="font-semibold">{t.invoices.studentName}</label>
        <input id={ids.name} data-testid="student-name" value={name} maxLength={80}
          onChange={(event) => setName(event.target.value)} className={fieldClass} />
        <label htmlFor={ids.contact} className="font-semibold">{t.invoices.studentContact}</label>
        <input id={ids.contact} data-testid="student-contact" value={contact} maxLength={120}
          onChange={(event) => setContact(event.target.value)} className={fieldClass} />
        <button type="submit" disabled={save.isPending || name.trim() === ''}
          className={`${primaryButton} h-12 px-5 text-lg`}>
          {t.invoices.addStudent}
        </button>
        <ErrorLine error={save.error} />
      </form>
    </section>
  );
}
