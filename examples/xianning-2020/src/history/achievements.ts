import { lastDayOfMonth, monthStart, randomWorkingDay } from '../dates';
import { type Random, seededRandom, seedFor } from '../random';
import { type RosterEnterprise, roster } from '../roster';
import { createSchedule, type Schedule, type ScheduledCommand } from '../schedule';
import { projectTitle } from '../titles';

type Owner = { kind: 'enterprise'; uscc: string } | { kind: 'institution'; name: string };
interface Profile {
  readonly achievementId: string;
  readonly title: string;
  readonly regionId: string;
  readonly owner: Owner;
}

const INSTITUTIONS = [
  { name: '湖北科技学院', topics: ['桂花活性成分提取工艺', '温泉康养医学研究', '鄂南特色中药材质量标准'] },
  { name: '咸宁市农业科学院', topics: ['水稻绿色高产栽培', '茶树良种选育', '楠竹丰产培育'] },
  { name: '咸宁职业技术学院', topics: ['智能制造实训装备', '工业机器人离线编程', '电子商务助农模式'] },
  { name: '咸宁市林业科学研究院', topics: ['油茶低产林改造', '桂花种质资源保护', '森林病虫害绿色防控'] },
] as const;

/** Registrations (省级科技成果登记) per month; the epidemic empties February 2020. */
const registrations = {
  2019: [3, 2, 5, 6, 6, 8, 4, 3, 5, 3, 4, 3],
  2020: [8, 1, 4, 7, 9, 11, 4, 3, 5, 4, 5, 4],
} as const;
/** Transformation projects (成果转化) started per month. */
const transformations = {
  2019: [2, 1, 4, 4, 4, 5, 3, 3, 5, 4, 5, 5],
  2020: [3, 0, 2, 5, 7, 8, 5, 5, 7, 6, 7, 8],
} as const;
/** Award applications (湖北省科技奖申报) per year, and how many of the year's applications won. */
const awards = {
  2019: { applications: 28, won: 4, decidedOn: '2019-12-20' },
  2020: { applications: 34, won: 6, decidedOn: '2020-12-18' },
} as const;

/** A new achievement: an enterprise's (70%) or an institution's result, in its region. */
const newAchievement = (random: Random, enterprises: readonly RosterEnterprise[], id: string): Profile => {
  if (random.chance(0.7)) {
    const e = random.pick(enterprises);
    return {
      achievementId: id,
      title: projectTitle(random, e.industry),
      regionId: e.regionId,
      owner: { kind: 'enterprise', uscc: e.uscc },
    };
  }
  const institution = random.pick(INSTITUTIONS);
  return {
    achievementId: id,
    title: `${random.pick(institution.topics)}研究`,
    regionId: 'xianan',
    owner: { kind: 'institution', name: institution.name },
  };
};

const perMonth = (random: Random, year: number, counts: readonly number[], each: (day: string) => void): void =>
  counts.forEach((count, m) => {
    for (let i = 0; i < count; i++)
      each(randomWorkingDay(random, monthStart(year, m + 1), lastDayOfMonth(year, m + 1)));
  });

const year = (schedule: Schedule, random: Random, y: 2019 | 2020): void => {
  const enterprises = roster().filter((e) => e.certifiedIn !== undefined || e.techSmeYears.length > 0);
  let serial = 0;
  const nextId = () => `xn-ach-${y}-${String(++serial).padStart(3, '0')}`;
  const registered: Profile[] = [];
  const days: string[] = [];
  perMonth(random, y, registrations[y], (day) => days.push(day));
  for (const day of days.sort()) {
    const p = newAchievement(random, enterprises, nextId());
    registered.push(p);
    schedule.add(day, 'RegisterAchievement', {
      ...p,
      category: random.chance(0.9) ? 'applied-technology' : 'soft-science',
      level: 'provincial',
      registrationNo: `鄂科成登${y}${String(serial).padStart(4, '0')}`,
      registeredOn: day,
    });
  }
  let transformation = 0;
  const starts: string[] = [];
  perMonth(random, y, transformations[y], (day) => starts.push(day));
  for (const day of starts.sort()) {
    transformation++;
    // Half take up a result registered earlier that year; the rest results registered before.
    const earlier = registered.filter((r, i) => (days[i] ?? '') < day && r.owner.kind === 'enterprise');
    const p =
      random.chance(0.5) && earlier.length > 0 ? random.pick(earlier) : newAchievement(random, enterprises, nextId());
    const partner = random.pick(enterprises);
    schedule.add(day, 'StartTransformation', {
      ...p,
      transformationId: `xn-tr-${y}-${String(transformation).padStart(3, '0')}`,
      startedOn: day,
      projectTitle: `${p.title}成果转化`,
      partnerUscc: p.owner.kind === 'enterprise' ? p.owner.uscc : partner.uscc,
    });
  }
  const { applications, won, decidedOn } = awards[y];
  const applied: { profile: Profile; id: string }[] = [];
  for (let i = 0; i < applications; i++) {
    const p = newAchievement(random, enterprises, nextId());
    const day = randomWorkingDay(random, `${y}-05-11`, `${y}-06-19`);
    const id = `xn-award-${y}-${String(i + 1).padStart(2, '0')}`;
    const awardName =
      p.owner.kind === 'institution' && i % 3 === 0
        ? '湖北省自然科学奖'
        : i % 5 === 0
          ? '湖北省技术发明奖'
          : '湖北省科学技术进步奖';
    schedule.add(
      day,
      'ApplyForAward',
      { ...p, awardApplicationId: id, awardName, level: 'provincial', year: y, appliedOn: day },
      `${y}年度湖北省科学技术奖推荐`,
    );
    applied.push({ profile: p, id });
  }
  applied.forEach(({ profile, id }, i) => {
    const result = i < won ? { won: true, grade: i === 0 ? 'second' : 'third' } : { won: false };
    schedule.add(
      decidedOn,
      'RecordAwardResult',
      { achievementId: profile.achievementId, awardApplicationId: id, decidedOn, ...result },
      `${y}年度湖北省科学技术奖励决定`,
    );
  });
};

/**
 * S&T achievements of 2019 and 2020: provincial registrations (40 by June 2020 of a target of 60),
 * transformation projects (25 by June), and the provincial award round (34 applications in 2020,
 * 6 won in December against a target of 5).
 */
export const achievementHistory = (): ScheduledCommand[] => {
  const random = seededRandom(seedFor('achievements'));
  const schedule = createSchedule();
  year(schedule, random, 2019);
  year(schedule, random, 2020);
  return [...schedule.commands];
};
