import { useDialogs } from '../dialogs/DialogHost';
import { ExaminerKeySettings } from './ExaminerKeySettings';

/** Toolbar entry for the Settings page (today: the examiner's signing key). */
export function SettingsButton({ examiner }: { examiner: string }) {
  const dialogs = useDialogs();
  return (
    <button type="button" className="button" title="Settings: the examiner's signing key" onClick={() => dialogs.open('Settings', () => <ExaminerKeySettings suggestedExaminer={examiner} />)}>
      Settings…
    </button>
  );
}
