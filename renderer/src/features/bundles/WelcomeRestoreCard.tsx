import './bundles.css';

import { SchoolPackageRestore } from './SchoolPackageRestore';

/** On first run (no school yet): bring a school over from another PC with its 学校数据包. */
export function WelcomeRestoreCard() {
  return (
    <section className="welcome-card sp-welcome">
      <h2>从学校数据包恢复</h2>
      <p>已在另一台电脑上使用申报通？在那台电脑的「学校数据包」页面生成数据包，复制到这台电脑后在这里恢复。</p>
      <SchoolPackageRestore />
    </section>
  );
}
