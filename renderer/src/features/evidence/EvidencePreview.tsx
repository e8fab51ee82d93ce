import { useEffect, useState } from 'react';

import type { EvidenceItem } from '../../../../shared/api/evidenceCalls';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { viewUrl } from '../../platform/fileTransfer';

/** Shows one file: a PDF in a frame, an image inline, served by the core by token (no bytes in the page). */
export function EvidencePreview({ item, onClose }: { item: EvidenceItem; onClose: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api('evidence/get', { hash: item.hash }).then(
      (f) => live && setUrl(viewUrl(f.file)),
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [item.hash]);

  return (
    <section className="ev-preview" aria-label={`预览：${item.name}`}>
      <header>
        <strong>{item.name}</strong>
        <button onClick={onClose}>关闭预览</button>
      </header>
      {error ? (
        <div className="banner banner-error">{error}</div>
      ) : !url ? (
        <p className="ev-muted">正在读取文件……</p>
      ) : item.mime === 'application/pdf' ? (
        <iframe className="ev-frame" src={url} title={`PDF 预览：${item.name}`} />
      ) : (
        <img className="ev-image" src={url} alt={item.name} />
      )}
    </section>
  );
}
