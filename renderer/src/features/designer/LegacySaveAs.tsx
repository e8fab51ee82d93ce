// An old .doc/.wps/.xls/.et this computer cannot convert (no LibreOffice): the clerk saves it as
// .docx/.xlsx in WPS or Word. The page knows the file only by its token, not where it came from, so
// the core puts a copy in the export folder and opens that folder.
import { useState } from 'react';

import type { ChosenFile } from '../../../../shared/api/callFields';
import type { SavedFile } from '../../../../shared/api/fileCalls';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';

/** A copy of a chosen file, kept in the export folder (the file's bytes never pass through the page). */
async function keepCopy(file: ChosenFile): Promise<SavedFile> {
  const copy = await api('files/copyChosen', { file: file.token });
  return api('files/keep', { token: copy.token });
}

export function LegacySaveAs({ file }: { file: ChosenFile }) {
  const [kept, setKept] = useState<SavedFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function keep() {
    setError(null);
    let k: SavedFile;
    try {
      k = await keepCopy(file);
    } catch (e) {
      setError(errorText(e));
      return;
    }
    setKept(k);
    await showAgain(k);
  }
  async function showAgain(k: SavedFile) {
    try {
      await api('files/showInFolder', { token: k.token });
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
