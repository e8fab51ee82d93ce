import './bundles.css';

import { useEffect, useState } from 'react';

import type { BundleContents as Contents } from '../../../../shared/api/bundleCalls';
import { api } from '../../api/apiClient';
import { errorText } from '../../app/appStore';

const KIND_LABEL: Record<Contents['files'][number]['kind'], string> = {
  'form-docx': 'Word 文档',
  'form-xlsx': 'Excel 表格',
  'form-pdf': 'PDF',
  'evidence-pdf': '佐证材料（合并为一个 PDF，含目录索引和页码）',
  data: '数据',
  other: '其他',
  manifest: '清单：各文件的校验值、通知、学校名称和信用代码，以及申报的填写内容（供明年或在另一台电脑上重新导入）',
};

/**
 * 材料包内容: the files the export will write, listed before the user writes the zip (the core
 * plans the bundle without rendering anything), and what is deliberately not in it.
 */
export function BundleContents({ applicationId, pdf }: { applicationId: number; pdf: boolean }) {
  const [contents, setContents] = useState<Contents | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    api('bundle/contents', { applicationId, pdf }).then(
      (c) => alive && (setContents(c), setError(null)),
      (e: unknown) => alive && setError(errorText(e)),
    );
    return () => {
      alive = false;
    };
  }, [applicationId, pdf]);

  if (error) return <p className="bc-error">无法列出材料包内容：{error}</p>;
  if (!contents) return null;
  return (
    <details className="bc-contents" data-testid="bundle-contents">
      <summary>
        材料包「{contents.fileName}」将包含 {contents.files.length} 个文件
        {contents.evidenceOverLimit && <span className="bc-over">（佐证材料超过页数上限）</span>}
      </summary>
      <ul className="bc-files" aria-label="材料包中的文件">
        {contents.files.map((f) => (
          <li key={f.name}>
            <span className="bc-name">{f.name}</span>
            <span className="bc-kind">
              {KIND_LABEL[f.kind]}
              {f.note ? `：${f.note}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p className="bc-privacy">
        材料包只含通知要求的材料。不含学校的基础数据，也不含表中没有印出的身份证号、手机号等个人信息。
        {contents.valueCount > 0 && ` 清单中记有 ${contents.valueCount} 项填写内容，都是表中印出的。`}
      </p>
      {contents.evidenceAsked && !contents.files.some((f) => f.kind === 'evidence-pdf') && (
        <p className="bc-hint">
          通知要求提交佐证材料，但还没有选择任何佐证材料（在「佐证材料」页签中选择），材料包中将没有佐证材料。
        </p>
      )}
      {contents.pdfLeftOut.length > 0 && (
        <p className="bc-hint">
          通知包还要求
          {contents.pdfLeftOut.length > 1
            ? `这 ${contents.pdfLeftOut.length} 个表的`
            : `「${contents.pdfLeftOut[0]}」的`}
          PDF 版本，勾选「同时生成PDF」后一并放入。
        </p>
      )}
      {contents.warnings.map((w, i) => (
        <p key={i} className="bc-hint">
          提示：{w}
        </p>
      ))}
    </details>
  );
}
