import type { DatasetDef } from './datasetDefinition.js';

/**
 * 实训场所: rooms grouped into 实训中心 (centre), with what the 346号「现有实训中心基础情况」 asks:
 * area, 工位, 虚拟仿真, 信息化资源, 实训项目, 开出率, 管理人员, 制度, 教程.
 */
export const roomsDataset: DatasetDef = {
  name: 'rooms',
  label: '实训场所',
  table: 'room',
  yearly: false,
  keyFields: ['centre', 'name'],
  fields: [
    { key: 'centre', label: '所属实训中心', type: 'text', required: true, synonyms: ['实训中心', '实训基地', '中心名称'], sample: '智能制造产教融合实训中心', width: 200 },
    { key: 'name', label: '实训室名称', type: 'text', required: true, synonyms: ['实训场所名称', '实训室', '场所名称', '名称'], sample: '工业机器人实训室', width: 180 },
    { key: 'roomNo', label: '房间号', type: 'text', synonyms: ['位置', '门牌号', '地点'], sample: '实训楼A-101' },
    { key: 'area', label: '建筑面积', type: 'decimal', unit: 'm²', min: 0, decimals: 2, total: true, synonyms: ['使用面积', '面积', '建筑面积（m²）', '面积（平方米）'], sample: 320 },
    { key: 'workstations', label: '实训工位', type: 'integer', unit: '个', min: 0, total: true, synonyms: ['工位数', '工位'], sample: 40 },
    { key: 'virtualSimulation', label: '虚拟仿真实训室', type: 'boolean', synonyms: ['是否虚拟仿真', '虚拟仿真'], sample: '否' },
    { key: 'productive', label: '生产性实训场所', type: 'boolean', synonyms: ['生产性实训', '是否生产性'], sample: '是' },
    { key: 'infoResourcesTb', label: '信息化实训教学资源', type: 'decimal', unit: 'T', min: 0, decimals: 2, total: true, synonyms: ['信息化资源', '信息化资源（T）', '数字资源容量'], sample: 1.5 },
    { key: 'projectCount', label: '开设实训项目', type: 'integer', unit: '个', min: 0, total: true, synonyms: ['实训项目数', '实训项目', '开设实训项目数'], sample: 24 },
    { key: 'projectsOpened', label: '已开出实训项目', type: 'integer', unit: '个', min: 0, total: true, synonyms: ['开出项目数', '实际开出项目'], sample: 24 },
    { key: 'openRate', label: '实验（实训）开出率', type: 'percent', unit: '%', min: 0, max: 100, decimals: 1, synonyms: ['开出率', '实训开出率'], sample: 100 },
    { key: 'managers', label: '专职管理人员', type: 'integer', unit: '人', min: 0, total: true, synonyms: ['管理人员', '管理人员数'], sample: 2 },
    { key: 'rulesCount', label: '管理制度', type: 'integer', unit: '个', min: 0, total: true, synonyms: ['管理制度数', '实训中心管理制度'], sample: 6 },
    { key: 'tutorialsCount', label: '实训指导教程', type: 'integer', unit: '本', min: 0, total: true, synonyms: ['实训教程', '指导书', '实训指导书'], sample: 3 },
    { key: 'servedMajors', label: '服务专业', type: 'text', synonyms: ['面向专业', '服务专业（群）'], width: 200 },
    { key: 'partnerEnterprise', label: '共建企业', type: 'text', synonyms: ['合作企业'], width: 200 },
    { key: 'builtYear', label: '建成年份', type: 'year', synonyms: ['建设年份', '投入使用年份'], sample: 2018 },
  ],
};
