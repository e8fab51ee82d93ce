import { useEffect, useState } from 'react';

import type { EvidenceItem } from '../../../../shared/api/evidenceCalls';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';
import { base64ToBytes } from '../../platform/fileTransfer';

/** Shows one file: a PDF in a frame, an image inline, both from a blob: URL freed on close. */
export function EvidencePreview({ item, onClose }: { item: EvidenceItem; onClose: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let made: string | null = null;
    let live = true;
    api('evidence/get', { hash: item.hash }).then(
      (f) => {
        if (!live) return;
        made = URL.createObjectURL(new Blob([base64ToBytes(f.dataBase64) as BlobPart], { type: f.mime }));
        setUrl(made);
      },
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
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
