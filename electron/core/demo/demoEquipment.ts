import type { DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { isoDate, pad, type SeededRandom, seededRandom } from './seededRandom.js';

// [name, model prefix, manufacturer, min 元, max 元, software, category]
type Item = readonly [string, string, string, number, number, boolean, string];

const CENTRE_ITEMS: Record<string, readonly Item[]> = {
  imc: [
    ['六轴工业机器人', 'IRB1200-', '埃夫特智能装备', 120000, 260000, false, '专用设备'],
    ['协作机器人工作站', 'UR5e-', '遨博智能', 90000, 180000, false, '专用设备'],
    ['智能制造柔性产线', 'FMS-', '郑州宇恒智能装备', 400000, 800000, false, '专用设备'],
    ['数控车床', 'CK6150-', '沈阳机床', 85000, 160000, false, '专用设备'],
    ['立式加工中心', 'VMC850-', '大连机床', 220000, 420000, false, '专用设备'],
    ['三坐标测量机', 'CMM-7106-', '海克斯康', 260000, 480000, false, '专用设备'],
    ['PLC综合实训装置', 'S7-1500-', '西门子', 18000, 42000, false, '专用设备'],
    ['变频调速实训台', 'VFD-', '汇川技术', 9000, 22000, false, '专用设备'],
    ['机器人离线编程软件', 'RobotStudio-', 'ABB', 30000, 90000, true, '软件'],
    ['数字孪生仿真平台', 'DT-', '郑州宇恒智能装备', 150000, 380000, true, '软件'],
    ['电工电子实训台', 'DG-', '亚龙科技', 6000, 15000, false, '专用设备'],
  ],
  it: [
    ['服务器', 'R740-', '浪潮', 38000, 96000, false, '通用设备'],
    ['交换机', 'S5735-', '华为', 6000, 28000, false, '通用设备'],
    ['路由器', 'AR6280-', '华为', 8000, 26000, false, '通用设备'],
    ['大数据实训平台软件', 'BD-', '新华三', 80000, 260000, true, '软件'],
    ['物联网实训箱', 'IOT-', '新大陆', 5000, 12000, false, '专用设备'],
    ['图形工作站', 'P520-', '联想', 12000, 26000, false, '通用设备'],
  ],
  biz: [
    ['财务共享实训软件', 'FSSC-', '用友', 60000, 180000, true, '软件'],
    ['直播设备套装', 'LIVE-', '索尼', 12000, 38000, false, '专用设备'],
    ['智能收银终端', 'POS-', '商米', 2500, 6000, false, '通用设备'],
  ],
  auto: [
    ['新能源汽车整车实训台', 'EV-', '比亚迪', 120000, 280000, false, '专用设备'],
    ['动力电池拆装实训台', 'BAT-', '宁德时代', 40000, 96000, false, '专用设备'],
    ['四轮定位仪', 'WA-', '元征', 30000, 68000, false, '专用设备'],
  ],
};

const GENERAL_ITEMS: readonly Item[] = [
  ['台式计算机', 'M430-', '联想', 3800, 6500, false, '通用设备'],
  ['笔记本电脑', 'E14-', '联想', 4500, 8000, false, '通用设备'],
  ['投影仪', 'CB-X', '爱普生', 3500, 9000, false, '通用设备'],
  ['交互式智能平板', 'IFP86-', '希沃', 12000, 26000, false, '通用设备'],
  ['激光打印机', 'M405-', '惠普', 1800, 4200, false, '通用设备'],
  ['空调', 'KFR-72-', '格力', 4200, 9800, false, '通用设备'],
  ['学生课桌椅', 'KZ-', '豫龙家具', 380, 900, false, '家具'],
  ['文件柜', 'WJG-', '豫龙家具', 600, 1500, false, '家具'],
  ['扫描仪', 'DS-', '富士通', 2200, 5600, false, '通用设备'],
  ['办公软件正版授权', 'WPS-', '金山', 300, 1200, true, '软件'],
];

const GENERAL_PLACES = ['教学楼A', '教学楼B', '图书馆', '行政楼', '学生公寓服务中心', '体育馆', '商学楼', '信息楼'];
const DEPARTMENTS = [
  '教务处',
  '信息工程学院',
  '商学院',
  '智能制造学院',
  '汽车工程学院',
  '建筑工程学院',
  '图书馆',
  '后勤处',
];

// Training benches that stand in for most main equipment (≥ 3万元): 2万–4万元 a unit, so, like
// the machines they replace, bought one at a time (no quantity draw).
const BENCH_ITEMS: Record<string, readonly Item[]> = {
  imc: [
    ['机电一体化实训装置', 'YL-335B-', '亚龙科技', 20000, 38000, false, '专用设备'],
    ['传感器检测实训台', 'CGQ-', '亚龙科技', 20000, 32000, false, '专用设备'],
    ['气动液压实训台', 'QY-', '天煌教仪', 22000, 36000, false, '专用设备'],
  ],
  it: [
    ['网络综合布线实训台', 'BX-', '新华三', 20000, 36000, false, '专用设备'],
    ['云计算实训一体机', 'YJS-', '浪潮', 24000, 40000, false, '通用设备'],
  ],
  biz: [
    ['电子商务实训沙盘', 'SP-', '中教畅享', 20000, 28000, false, '专用设备'],
    ['VR营销实训一体机', 'VR-', '网龙华渔', 22000, 32000, false, '专用设备'],
  ],
  auto: [
    ['汽车电器实训台', 'QD-', '元征', 20000, 35000, false, '专用设备'],
    ['发动机拆装实训台', 'FDJ-', '天煌教仪', 24000, 40000, false, '专用设备'],
  ],
};

// Share of the main equipment (≥ 3万元 a unit) that stays in a room; the rest become benches.
// With it the ledger totals about 2亿元 and the 智能制造 centre a few 千万元, as at a real 高职 school.
const KEEP_MAIN = 0.1;

/**
 * The 资产台账: `count` rows, about a tenth in the 实训场所 (with their room id), the rest general
 * teaching and office equipment. Money is generated in 分 directly (unit price × quantity).
 * Every draw on `rnd` is kept in count and order (only ranges changed), so the data sets seeded
 * after the ledger stay the same; the thinning of big machines uses its own fixed stream.
 */
export function demoEquipment(
  rnd: SeededRandom,
  count: number,
  rooms: readonly { id: number; centreKey: string; roomNo: string; department: string }[],
  custodians: readonly string[],
): DatasetRow[] {
  const thin = seededRandom(20250611);
  // Its own stream, so the ledger's other values stay as they were: some old general equipment
  // (outside the 实训 rooms) was written off in recent years, as every ledger shows.
  const scrap = seededRandom(20251231);
  const rows: DatasetRow[] = [];
  for (let i = 1; i <= count; i++) {
    const inRoom = i % 10 === 0 || i <= rooms.length * 12;
    const room = inRoom ? rooms[i % rooms.length] : undefined;
    let item = room ? rnd.pick(CENTRE_ITEMS[room.centreKey]) : rnd.pick(GENERAL_ITEMS);
    // Big machines are few: most picks of one are redrawn, once.
    if (room && item[3] >= 100000 && !rnd.chance(0.2)) item = rnd.pick(CENTRE_ITEMS[room.centreKey]);
    // A bench (≥ 2万元) draws no quantity either, so `rnd` sees the same calls.
    if (room && item[3] >= 30000 && !thin.chance(KEEP_MAIN)) item = thin.pick(BENCH_ITEMS[room.centreKey]);
    // More purchases in recent years, as budgets grew; the first rows fill each room early.
    const year =
      i <= rooms.length * 12 ? rnd.int(2012, 2020) : Math.min(2025, 2008 + Math.floor(Math.sqrt(rnd.next()) * 18));
    const unitFen = rnd.int(item[3], item[4]) * 100 + rnd.int(0, 1) * 50;
    // Most assets are booked one a row; cheap furniture and licences in small batches.
    const quantity = item[3] < 2000 ? rnd.int(1, 4) : item[3] < 20000 ? (rnd.int(1, 4) === 4 ? 2 : 1) : 1;
    rows.push({
      assetNo: `SB${year}${pad(i, 6)}`,
      name: item[0],
      model: `${item[1]}${rnd.int(100, 999)}`,
      category: item[6],
      manufacturer: item[2],
      unitPrice: unitFen,
      quantity,
      amount: unitFen * quantity,
      purchaseDate: isoDate(year, rnd.int(1, 12), rnd.int(1, 28)),
      location: room ? room.roomNo : `${rnd.pick(GENERAL_PLACES)}-${rnd.int(1, 5)}${pad(rnd.int(1, 30), 2)}`,
      roomId: room ? room.id : null,
      department: room ? room.department : rnd.pick(DEPARTMENTS),
      custodian: custodians[i % custodians.length],
      isSoftware: item[5],
      isMain: item[3] >= 50000,
      status: rnd.chance(0.96) ? '在用' : rnd.pick(['闲置', '待修', '待报废']),
    });
    if (!room && year <= 2014 && scrap.chance(0.3)) {
      const row = rows[rows.length - 1];
      row.status = '已报废';
      row.disposalDate = isoDate(scrap.int(2022, 2025), scrap.int(1, 12), scrap.int(1, 28));
    }
  }
  return rows;
}
