import { createRoot } from 'react-dom/client';

import { api } from '../../api/apiClient';
import { ExportChecklistDialog } from './ExportChecklistDialog';

/**
 * Before an export: asks the core what the notice requires that the application lacks and, if
 * anything, shows it in a dialog of its own. Resolves true to go on (nothing missing, or the user
 * chose 仍然导出), false to go back. A separate root, so the export panel needs one line to use it.
 */
export async function confirmBeforeExport(applicationId: number): Promise<boolean> {
  let checklist;
  try {
    checklist = await api('application/exportChecklist', { applicationId });
  } catch (e) {
    // The list is advice: a failure to make it must not stop an export that works today.
    console.warn('[申报通] 导出前检查失败', e);
    return true;
  }
  if (checklist.complete) return true;
  const host = document.createElement('div');
  document.body.appendChild(host);
  const root = createRoot(host);
  return new Promise<boolean>((resolve) => {
    const close = (go: boolean) => {
      root.unmount();
      host.remove();
      resolve(go);
    };
    root.render(
      <ExportChecklistDialog checklist={checklist} onCancel={() => close(false)} onConfirm={() => close(true)} />,
    );
  });
}
