// An old .doc/.wps/.xls/.et this computer cannot convert (no LibreOffice): the clerk saves it as
// .docx/.xlsx in WPS or Word. The page knows the file only by its token, not where it came from, so
// the core copies it (never through the page) and the copy is saved where the clerk chooses (browser
// mode: the export folder), and that folder opened.
import { useState } from 'react';

import type { ChosenFile } from '../../../../shared/api/callFields';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { keepOutput, type KeptFile } from '../../platform/fileTransfer';

export function LegacySaveAs({ file }: { file: ChosenFile }) {
  const [kept, setKept] = useState<KeptFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function keep() {
    setError(null);
    try {
      const k = await keepOutput(await api('files/copyChosen', { file: file.token }));
      if (!k) return;
      setKept(k);
      await k.showInFolder();
    } catch (e) {
      setError(errorText(e));
    }
  }
  async function showAgain(k: KeptFile) {
    try {
      await k.showInFolder();
    } catch (e) {
      setError(errorText(e));
    }
  }
  return (
    <div className="dz-saveas" data-testid="legacy-save-as">
      {kept ? (
        <p>
          已把「{kept.fileName}」放在 <span className="dz-path">{kept.folder}</span> 并打开了这个文件夹：双击它用 WPS 或
          Word 打开，按上面的步骤另存为新格式，再点「添加附件文件…」选择另存的文件，并移除「
          {file.name}」。{' '}
          <button type="button" className="link" onClick={() => void showAgain(kept)}>
            再次打开文件夹
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => void keep()}>
          把「{file.name}」放到文件夹中并打开文件夹…
        </button>
      )}
      {error && <div className="banner banner-error">{error}</div>}
    </div>
  );
}
