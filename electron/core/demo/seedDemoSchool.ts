import type Database from 'better-sqlite3';

import demo from '../../../assets/demo/demoSchool.json' with { type: 'json' };
import { awardsDataset } from '../../../shared/datasets/awardsDataset.js';
import { certificatesDataset } from '../../../shared/datasets/certificatesDataset.js';
import type { DatasetDef, DatasetRow } from '../../../shared/datasets/datasetDefinition.js';
import { enterprisesDataset } from '../../../shared/datasets/enterprisesDataset.js';
import { equipmentDataset } from '../../../shared/datasets/equipmentDataset.js';
import { fundingDataset } from '../../../shared/datasets/fundingDataset.js';
import { indicatorsDataset } from '../../../shared/datasets/indicatorsDataset.js';
import { majorGroupsDataset } from '../../../shared/datasets/majorGroupsDataset.js';
import { majorsDataset } from '../../../shared/datasets/majorsDataset.js';
import { roomsDataset } from '../../../shared/datasets/roomsDataset.js';
import { schoolDataset } from '../../../shared/datasets/schoolDataset.js';
import { teachersDataset } from '../../../shared/datasets/teachersDataset.js';
import { trainingDataset } from '../../../shared/datasets/trainingDataset.js';
import { ensureCatalogue } from '../catalogue/majorCatalogueRepo.js';
import { saveRows } from '../datasets/datasetRepo.js';
import { seedDemoApplications } from '../packs/seedDemoApplications.js';
import { demoEnterprises } from './demoEnterprises.js';
import { demoEquipment } from './demoEquipment.js';
import { demoPersonName, demoTeachers } from './demoTeachers.js';
import {
  DEMO_YEARS,
  demoAwardsOfYear,
  demoCertificatesOfYear,
  demoFundingOfYear,
  demoIndicatorsOfYear,
  type DemoMajorSeed,
  demoMajorsOfYear,
  demoTrainingOfYear,
} from './demoYearly.js';
import { seededRandom } from './seededRandom.js';

export const DEMO_EQUIPMENT_ROWS = 20_000;
export const DEMO_GENERATED_ENTERPRISES = 33;

/**
 * Fills a fresh database with the fictional demo school from assets/: the school, its three named
 * partner enterprises and the fixed lists (专业群, 专业, 实训场所, 指标目录) come from the JSON; the
 * bulk (teachers, 20,000 ledger rows, more enterprises, five years of figures) is generated from a
 * fixed seed, so every copy is identical. The asset is never written to.
 */
export function seedDemoSchool(db: Database.Database, now: Date): void {
  const rnd = seededRandom(20241105);
  const parts = demo.nameParts;
  const person = () => demoPersonName(rnd, parts);
  const majors = demo.majors as DemoMajorSeed[];
  const money = { moneyInFen: true };
  db.transaction(() => {
    ensureCatalogue(db, now);
    saveRows(db, schoolDataset, { upserts: [{ id: 1, ...demo.school }] });
    // The named enterprises' money in the JSON is in 元, as a user types it.
    saveRows(db, enterprisesDataset, { upserts: demo.enterprises });
    const generated = demoEnterprises(rnd, DEMO_GENERATED_ENTERPRISES, parts, demo.memberUnits);
    saveRows(db, enterprisesDataset, { upserts: generated, ...money });
    saveRows(db, majorGroupsDataset, { upserts: demo.majorGroups });

    const roomRows = demo.rooms.map(({ centreKey: _k, ...r }) => r);
    const roomIds = saveRows(db, roomsDataset, { upserts: roomRows });
    const deptOf: Record<string, string> = {
      imc: '智能制造学院',
      it: '信息工程学院',
      biz: '商学院',
      auto: '汽车工程学院',
    };
    const rooms = demo.rooms.map((r, i) => ({
      id: roomIds[i],
      centreKey: r.centreKey,
      roomNo: r.roomNo,
      department: deptOf[r.centreKey],
    }));
    const custodians = Array.from({ length: 60 }, person);
    saveRows(db, equipmentDataset, { upserts: demoEquipment(rnd, DEMO_EQUIPMENT_ROWS, rooms, custodians), ...money });

    const employers = [
      ...demo.enterprises.map((e) => e.name),
      ...generated.filter((e) => e.kind === '企业').map((e) => String(e.name)),
    ];
    saveRows(db, teachersDataset, { upserts: demoTeachers(rnd, majors, parts, employers) });

    const yearly = (def: DatasetDef, rowsOf: (year: number) => DatasetRow[], moneyInFen = false) => {
      for (const year of DEMO_YEARS) saveRows(db, def, { year, upserts: rowsOf(year), moneyInFen });
    };
    yearly(majorsDataset, (y) => demoMajorsOfYear(rnd, majors, y));
    yearly(awardsDataset, (y) => demoAwardsOfYear(rnd, y, person));
    yearly(certificatesDataset, (y) => demoCertificatesOfYear(rnd, y));
    yearly(trainingDataset, (y) => demoTrainingOfYear(rnd, y, employers.slice(0, 12)));
    yearly(fundingDataset, (y) => demoFundingOfYear(rnd, y), true);
    // The 郑政办〔2023〕38号 self-check figures draw from their own stream, so adding them left every
    // other demo value as it was.
    const selfCheckRnd = seededRandom(20230038);
    yearly(indicatorsDataset, (y) => [
      ...demoIndicatorsOfYear(rnd, demo.indicatorCatalogue, y),
      ...demoIndicatorsOfYear(selfCheckRnd, demo.selfCheckIndicators, y),
    ]);
  })();
  seedDemoApplications(db, now);
}
