import type { DatasetDef } from './datasetDefinition.js';

/**
 * 仪器设备 ledger (资产台账): tens of thousands of rows are normal. Money in 元 as typed, stored in 分;
 * the 仪器设备总值 of a year is the sum of 金额 of rows bought on or before that year's 12月31日.
 */
export const equipmentDataset: DatasetDef = {
  name: 'equipment',
  label: '仪器设备',
  table: 'equipment',
  yearly: false,
  keyFields: ['assetNo'],
  fields: [
    { key: 'assetNo', label: '资产编号', type: 'text', required: true, synonyms: ['设备编号', '编号', '资产编码', '固定资产编号', '仪器编号', '资产号'], sample: 'SB2021000001', width: 120 },
    { key: 'name', label: '资产名称', type: 'text', required: true, synonyms: ['设备名称', '仪器设备名称', '名称', '资产名'], sample: '六轴工业机器人', width: 180 },
    { key: 'model', label: '规格型号', type: 'text', synonyms: ['型号', '规格', '型号规格'], sample: 'IRB 1200-5/0.9', width: 140 },
    { key: 'category', label: '资产分类', type: 'text', synonyms: ['分类', '分类名称', '设备分类', '资产类别'], sample: '专用设备' },
    { key: 'manufacturer', label: '生产厂家', type: 'text', synonyms: ['厂家', '厂商', '品牌', '制造商'], width: 160 },
    { key: 'unitPrice', label: '单价', type: 'money', unit: '元', min: 0, synonyms: ['单价（元）', '单价(元)', '价格'], sample: 186000 },
    { key: 'quantity', label: '数量', type: 'integer', unit: '台（套）', min: 0, total: true, synonyms: ['台数', '数量（台/套）', '台（套）'], sample: 1 },
    { key: 'amount', label: '金额', type: 'money', unit: '元', min: 0, total: true, required: true, synonyms: ['总价', '金额（元）', '金额(元)', '原值', '价值', '资产原值', '总金额'], sample: 186000 },
    { key: 'purchaseDate', label: '购置日期', type: 'date', required: true, synonyms: ['购入日期', '取得日期', '入账日期', '购置时间', '购买日期'], sample: '2021-06-18' },
    { key: 'location', label: '存放地点', type: 'text', synonyms: ['使用地点', '所在位置', '存放位置', '地点'], sample: '实训楼A-101' },
    { key: 'roomId', label: '所属实训场所编号', type: 'integer', min: 1, synonyms: ['实训场所编号'], description: '「实训场所」中该房间的记录号，可不填' },
    { key: 'department', label: '使用部门', type: 'text', synonyms: ['使用单位', '管理部门', '所属部门'], sample: '智能制造学院' },
    { key: 'custodian', label: '保管人', type: 'text', synonyms: ['使用人', '责任人', '领用人'] },
    { key: 'isSoftware', label: '是否软件', type: 'boolean', synonyms: ['软件', '是否为软件'], sample: '否' },
    { key: 'isMain', label: '主要仪器设备', type: 'boolean', synonyms: ['是否主要设备', '主要设备'], sample: '是', description: '计入申报书「主要仪器设备（含软件）台（套）」' },
    { key: 'status', label: '使用状况', type: 'choice', choices: ['在用', '闲置', '待修', '待报废', '已报废'], synonyms: ['状态', '使用状态', '设备状态'], sample: '在用' },
    {
      key: 'disposalDate',
      label: '报废日期',
      type: 'date',
      synonyms: ['处置日期', '报废时间', '核销日期', '注销日期'],
      description: '报废或处置（调出、变卖）的日期；从这一天起不再计入仪器设备总值，此前各年度不受影响',
    },
  ],
};
