import './bundles.css';

import { SchoolPackageExport } from './SchoolPackageExport';
import { SchoolPackageRestore } from './SchoolPackageRestore';

/** 学校数据包: move the whole school to another PC, or keep an off-site copy (personal data inside). */
export function SchoolPackagePage() {
  return (
    <div className="page bi-page sp-page">
      <h1>学校数据包</h1>
      <SchoolPackageExport />
      <section className="sp-section" aria-labelledby="sp-restore-title">
        <h2 id="sp-restore-title">从学校数据包恢复</h2>
        <p>
          在新电脑上，或需要回到某一份数据包时使用。恢复前会校验数据包中的每个文件；替换现有学校前会先询问，并自动备份当前数据库，全部成功或全部不改动。
        </p>
        <SchoolPackageRestore />
      </section>
    </div>
  );
}
