import { describe, expect, it } from 'vitest';
import { CONTINUATIONS, splitClauses } from '../../../../scripts/content/commitments/clauses.ts';
import { buildCommitments, committingParagraphs } from '../../../../scripts/content/commitments/commitments.ts';
import { stageOf } from '../../../../scripts/content/extract/stages.ts';
import type { Paragraph } from '../../../../scripts/content/shared/model.ts';
import { readPlaceRules } from '../../../../scripts/content/extract/places/place-rules.ts';
import { readProjects } from '../../../../scripts/content/layers/projects.ts';
import { parseYaml } from '../../../../scripts/content/shared/yaml-file.ts';
import { realCommitments } from '../../../helpers.ts';

const paragraph = (text: string, lead: string | null = null): Paragraph => ({
  id: 'x-1',
  text,
  lead,
  line: 1,
  continuedFromPage: null,
  continuesOnPage: null,
});
const texts = (text: string) => splitClauses(paragraph(text)).map((clause) => clause.text);

const ALL_COUNTIES = [
  'zhanggong',
  'nankang',
  'ganxian',
  'xinfeng',
  'dayu',
  'shangyou',
  'chongyi',
  'anyuan',
  'longnan',
  'quannan',
  'dingnan',
  'yudu',
  'ningdu',
  'xingguo',
  'huichang',
  'xunwu',
  'shicheng',
  'ruijin',
];
const CENTRAL_CITY = ['zhanggong', 'nankang', 'ganxian', 'ganzhou-etdz', 'rongjiang', 'sanjiangkou', 'hsr-new-area'];

describe('splitting a paragraph into clauses', () => {
  it('splits on 。；！ and on ， between coordinated actions, never on 、', () => {
    expect(texts('开工格力小家电生产基地等312个项目，续建中金电子等130个项目，竣工投产威高集团南方制造基地等208个项目。')).toEqual([
      '开工格力小家电生产基地等312个项目',
      '续建中金电子等130个项目',
      '竣工投产威高集团南方制造基地等208个项目',
    ]);
    expect(texts('建成瑞金机场、信雄高速、五云码头；加快梅江灌区建设')).toEqual(['建成瑞金机场、信雄高速、五云码头', '加快梅江灌区建设']);
  });

  it('keeps a piece that has no subject of its own with the clause before it', () => {
    expect(texts('冬播油菜42万亩，增长37%；民生支出849.08亿元，占一般公共预算支出的82.6%。')).toEqual([
      '冬播油菜42万亩，增长37%',
      '民生支出849.08亿元，占一般公共预算支出的82.6%',
    ]);
    expect(texts('引进项目400个，其中百亿元项目10个，实现目标')).toEqual(['引进项目400个，其中百亿元项目10个', '实现目标']);
    for (const word of CONTINUATIONS) expect(texts(`甲，${word}3个`)).toHaveLength(1);
  });

  it('starts a new clause at a change word without an amount: it is an action, not a change', () => {
    expect(texts('落实各项收入分配政策，增加低收入者收入，扩大中等收入群体')).toEqual([
      '落实各项收入分配政策',
      '增加低收入者收入',
      '扩大中等收入群体',
    ]);
    expect(texts('新增城镇就业4.2万人，增加1.2万人')).toEqual(['新增城镇就业4.2万人，增加1.2万人']);
    expect(texts('单位GDP能耗，下降3%左右')).toEqual(['单位GDP能耗，下降3%左右']);
  });

  it('does not split inside brackets or quotation marks', () => {
    expect(texts('推动“免申即享，即申即享”落地，完成（草案，修订）审查')).toEqual([
      '推动“免申即享，即申即享”落地',
      '完成（草案，修订）审查',
    ]);
  });

  it('marks the lead sentence and numbers sentences', () => {
    const clauses = splitClauses(paragraph('厚植产业集群优势。甲，乙；丙。', '厚植产业集群优势。'));
    expect(clauses.map((c) => [c.text, c.lead, c.sentence])).toEqual([
      ['厚植产业集群优势', true, 1],
      ['甲', false, 2],
      ['乙', false, 2],
      ['丙', false, 3],
    ]);
  });
});

describe('stages', () => {
  it.each([
    ['开工寻全高速西延', 'start', '开工'],
    ['新开工项目100个', 'start', '新开工'],
    ['续建中金电子等130个项目', 'continue', '续建'],
    ['加快瑞梅铁路建设', 'continue', '加快'],
    ['推动富士康、大族数控等项目建成投产', 'complete', '建成投产'],
    ['加快中科三环、江钨产业园等项目投产', 'complete', '投产'],
    ['推动赣安寻高速等项目前期工作', 'preparation', '前期工作'],
    ['力争规上工业营收突破2000亿元', 'strive', '力争'],
    ['确保粮食总产稳定在52亿斤以上', 'ensure', '确保'],
    ['确保中央财政衔接推进乡村振兴补助资金投入产业比例不低于60%', 'ensure', '确保'],
    ['确保中心城区、县（市）建成区生活污水集中收集率分别达50%、40%以上', 'ensure', '确保'],
  ])('%s → %s', (text, stage, word) => {
    expect(stageOf(text)).toMatchObject({ stage, text: word });
  });

  it('reads no stage in a quoted reform name or in 建成区', () => {
    expect(stageOf('深化工业项目“拿地即开工、竣工即投产”等改革')).toBeNull();
    expect(stageOf('蓉江新区建成区面积约20平方公里')).toBeNull();
  });
});

describe('commitments of the real report', async () => {
  const { data, commitments } = await realCommitments();
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const containing = (words: string) => {
    const found = commitments.filter((c) => c.text.includes(words));
    expect(found, words).toHaveLength(1);
    return found[0]!;
  };
  const placesOf = (words: string, via?: string) =>
    containing(words)
      .places.filter((p) => via === undefined || p.via === via)
      .map((p) => p.place)
      .sort();

  it('covers every paragraph of the plan and the review’s achievements, clause by clause, exactly as printed', () => {
    const paragraphs = committingParagraphs(data.report);
    expect(paragraphs.map((p) => p.paragraph.id)).not.toContain('p1-end-1');
    expect(paragraphs).toHaveLength(36);
    for (const { paragraph } of paragraphs) {
      const clauses = commitments.filter((c) => c.paragraph === paragraph.id);
      expect(clauses[0]!.start).toBe(0);
      let rebuilt = '';
      clauses.forEach((clause, i) => {
        expect(paragraph.text.slice(clause.start, clause.end)).toBe(clause.text);
        const next = clauses[i + 1];
        const between = paragraph.text.slice(clause.end, next ? next.start : paragraph.text.length);
        expect(['', '。', '；', '，', '！']).toContain(between);
        rebuilt += clause.text + between;
      });
      expect(rebuilt).toBe(paragraph.text);
    }
  });

  it('gives roles and years: targets for 2023, results for 2022', () => {
    expect(commitments).toHaveLength(674);
    expect(commitments.filter((c) => c.role === 'target')).toHaveLength(501);
    expect(commitments.filter((c) => c.role === 'result')).toHaveLength(173);
    expect(commitments.every((c) => (c.role === 'target' ? c.year === 2023 : c.year === 2022))).toBe(true);
  });

  it('puts each figure of those paragraphs in exactly one clause', () => {
    const inParagraphs = new Set(committingParagraphs(data.report).map((p) => p.paragraph.id));
    const figures = data.figures.filter((f) => inParagraphs.has(f.paragraph)).map((f) => f.id);
    expect(commitments.flatMap((c) => c.figures).sort()).toEqual(figures.sort());
    expect(containing('冬播油菜').figures).toEqual(['p1-s2-1-f8', 'p1-s2-1-f9']);
  });

  it('reads every abbreviation of a project name as the counties it joins', () => {
    expect(placesOf('寻全高速', 'abbreviation')).toEqual(['quannan', 'xingguo', 'xunwu']); // with 兴樟高速 in the same clause
    expect(
      containing('寻全高速')
        .places.filter((p) => p.text === '寻全高速')
        .map((p) => p.place),
    ).toEqual(['xunwu', 'quannan']);
    expect(containing('兴樟高速').places.find((p) => p.place === 'xingguo')).toMatchObject({ via: 'abbreviation', text: '兴樟高速' });
    expect(
      containing('赣安寻高速')
        .places.filter((p) => p.text === '赣安寻高速')
        .map((p) => p.place),
    ).toEqual(['anyuan', 'xunwu']);
    expect(containing('遂大高速').places.find((p) => p.place === 'dayu')).toMatchObject({ via: 'abbreviation', text: '遂大高速' });
    expect(containing('瑞梅铁路').places.find((p) => p.place === 'ruijin')).toMatchObject({ via: 'abbreviation', text: '瑞梅铁路' });
    expect(containing('龙河联络线').places.find((p) => p.place === 'longnan')).toMatchObject({ via: 'abbreviation', text: '龙河联络线' });
    expect(containing('信雄高速').places.find((p) => p.place === 'xinfeng')).toMatchObject({ via: 'abbreviation', text: '信雄高速' });
    // 会昌 is spelled out: found by name, the more direct way.
    expect(containing('会昌联络线').places.find((p) => p.place === 'huichang')).toMatchObject({ via: 'name', text: '会昌' });
    // A scenic area the report names without its county (found in the hand-checked sample).
    expect(containing('三百山晋级国家5A级旅游景区').places).toMatchObject([{ place: 'anyuan', via: 'abbreviation', text: '三百山' }]);
    expect(containing('丫山入选国家级旅游度假区').places).toMatchObject([{ place: 'dayu', via: 'abbreviation', text: '丫山' }]);
    // 长赣高铁 and 赣深: 赣 is the whole city, no county.
    expect(placesOf('加快建设赣深数字经济走廊')).toEqual([]);
  });

  it('reads every scope as the places it covers', () => {
    expect(placesOf('至少建成1个公办托育机构', 'scope')).toEqual([...ALL_COUNTIES].sort());
    expect(placesOf('至少建成1个公立示范医养结合机构', 'scope')).toEqual([...ALL_COUNTIES].sort());
    expect(placesOf('培育上云标杆企业2-3家', 'scope')).toEqual([...ALL_COUNTIES].sort());
    expect(placesOf('支持各县（市、区）走特色化', 'scope')).toEqual([...ALL_COUNTIES].sort());
    expect(placesOf('国有融资担保机构实现县域全覆盖', 'scope')).toEqual([...ALL_COUNTIES].sort());
    expect(placesOf('空气质量稳定达国家二级标准', 'scope')).toEqual([...ALL_COUNTIES].sort());
    expect(placesOf('修编中心城区控制性详规', 'scope')).toEqual([...CENTRAL_CITY].sort());
    expect(containing('修编中心城区控制性详规').places.every((p) => p.scope === 'central-city')).toBe(true);
    // 中心城区 and 县（市） in one clause: the central city, and the fifteen counties and cities outside it.
    const sewage = containing('生活污水集中收集率');
    expect(
      sewage.places
        .filter((p) => p.scope === 'central-city')
        .map((p) => p.place)
        .sort(),
    ).toEqual([...CENTRAL_CITY].sort());
    expect(
      sewage.places
        .filter((p) => p.scope === 'every-county-outside-central-city')
        .map((p) => p.place)
        .sort(),
    ).toEqual(ALL_COUNTIES.filter((c) => !['zhanggong', 'nankang', 'ganxian'].includes(c)).sort());
    // 县域 alone (县域经济, 县域物流) is about counties in general, not a promise to each.
    expect(placesOf('推动县域物流配送体系建设试点')).toEqual([]);
    // A citywide total after a per-county promise is not the county's.
    expect(placesOf('新增托位7387个')).toEqual([]);
  });

  it('carries a scope that opens a sentence to the clauses after it that name no place', () => {
    // 昂起中心城区龙头，加速推进五区一体化，新（续）建9条81.6公里快速路…: the roads are the central city's.
    expect(placesOf('加速推进五区一体化', 'scope')).toEqual([...CENTRAL_CITY].sort());
    expect(placesOf('新（续）建9条81.6公里快速路', 'scope')).toEqual([...CENTRAL_CITY].sort());
    expect(containing('新（续）建9条81.6公里快速路').places.every((p) => p.text === '中心城区')).toBe(true);
    // A clause that names its own place keeps it: 三江口片区 is not the whole central city.
    expect(containing('三江口片区基础设施建设全面启动').places.map((p) => p.place)).toEqual(['sanjiangkou']);
    // A scope in the middle of a sentence is that clause's alone.
    expect(placesOf('加强重点区域城市设计和风貌塑造')).toEqual([]);
  });

  it('reads a scope word inside a project name as the project\'s, not the clause\'s, when the clause lists other projects', () => {
    // G105中心城区改线二期 is one of six projects of the clause: the clause is not about the central city.
    expect(containing('G105中心城区改线二期').places.some((p) => p.via === 'scope')).toBe(false);
    // A clause that is that one project is about its place.
    expect(placesOf('加快实施中心城区生活污水治理厂网一体化', 'scope')).toEqual([...CENTRAL_CITY].sort());
  });

  it('finds places by name, zones with their host county', () => {
    expect(placesOf('于都体教融合')).toEqual(['dingnan', 'nankang', 'quannan', 'shicheng', 'yudu']);
    expect(placesOf('于都均安牛仔智造产业园')).toEqual(['yudu']);
    expect(containing('龙南经开区营收达580亿元').zones).toEqual(['longnan-etdz', 'ganzhou-hidz', 'ruijin-etdz']);
    expect(placesOf('龙南经开区营收达580亿元')).toContain('longnan');
  });

  it('ties clauses to the 1+5+N clusters: the sentence that opens with the cluster, and its terms', () => {
    expect(containing('力争产业集群营收达2800亿元').clusters).toEqual(['home-furnishing']);
    expect(containing('力争规上工业营收达2300亿元').clusters).toEqual(['nonferrous-new-materials']);
    expect(containing('力争规上工业营收突破2000亿元').clusters).toEqual(['electronic-information']);
    expect(containing('力争规上工业营收突破1000亿元').clusters).toEqual(['new-energy-vehicles']);
    expect(containing('力争产业集群营收达1300亿元').clusters).toEqual(['textiles-garments']);
    expect(containing('力争规上工业营收达350亿元').clusters).toEqual(['pharmaceutical-food']);
    expect(containing('培育壮大建材、玻纤、氟盐化工').clusters).toEqual(['building-materials', 'glass-fiber', 'fluorine-salt-chemicals']);
    expect(containing('南康家具市场').clusters).toEqual(['home-furnishing']);
    // The sentence before the clusters ("壮大“1+5+N”产业集群") is about all of them, none in particular.
    expect(containing('壮大“1+5+N”产业集群').clusters).toEqual([]);
  });

  it('lists each named project in the clause that names it', () => {
    expect(containing('推动富士康').projects).toEqual(['foxconn', 'hans-cnc']);
    expect(containing('开工寻全高速西延').projects).toEqual([
      'xunwu-quannan-expressway-west',
      'xingguo-zhangshu-expressway',
      'huichang-expressway-link',
      'longnan-g105-bypass',
      'chengxi-avenue',
    ]);
  });

  it('agrees with the projects list on the counties of every project', async () => {
    const { projects } = await realCommitments();
    for (const project of projects) {
      const clause = commitments.find((c) => c.projects.includes(project.id))!;
      const counties = clause.places.filter((p) => p.via !== 'scope').map((p) => p.place);
      for (const place of project.places) expect(counties, `${project.id} in ${clause.id}`).toContain(place);
    }
  });

  // Hand-checked sample: every 15th clause from the 8th (45 of 673), clause boundary, stage, places,
  // number of figures and clusters each read against the report by a person. Errors found: 0.
  it.each([
    ['p1-s2-1-c8', '赣州跃居全国数字经济城市发展百强榜第58位、前移4位', null, '', 2, ''],
    ['p1-s2-1-c23', '引进开工投资超5000万元农产品加工项目25个', 'start', '', 2, ''],
    ['p1-s2-1-c38', '章贡、瑞金、赣县、石城列入全省县域物流配送体系建设试点县', null, 'ganxian ruijin shicheng zhanggong', 0, ''],
    ['p1-s3-1-c14', '赣州经开区落地全省首单知识产权证券化项目', null, 'ganzhou-etdz', 0, ''],
    ['p1-s4-1-c1', '“三区三线”划定成果正式启用', null, '', 0, ''],
    ['p1-s4-1-c16', '全国文明城市建设通过暗访测评', null, '', 0, ''],
    ['p1-s4-1-c31', '生态环境巩固提升', null, '', 0, ''],
    ['p1-s5-1-c1', '民生支出849.08亿元，占一般公共预算支出的82.6%', null, '', 2, ''],
    ['p1-s5-1-c16', '新（改、扩）建公办幼儿园37所、中小学校85所', null, '', 2, ''],
    ['p1-s5-1-c31', '国家公共文化服务体系示范区创新发展复核获评优秀', null, '', 0, ''],
    ['p1-s5-2-c2', '群团组织桥梁纽带作用有效发挥', null, '', 0, ''],
    ['p1-s5-3-c14', '政府系统全面从严治党向纵深发展', null, '', 0, ''],
    ['p2-intro-1-c15', '有效防范化解重大风险', null, '', 0, ''],
    ['p2-intro-2-c12', '城镇调查失业率控制在5.5%以内', null, '', 1, ''],
    [
      'p2-s1-1-c13',
      '有色金属和新材料产业重点推动稀土产业向高性能磁性材料和永磁电机、钨产业向硬质合金及刀钻具、铜产业向高精铜箔延伸',
      null,
      '',
      0,
      'nonferrous-new-materials',
    ],
    ['p2-s1-1-c28', '实施预制菜产业发展三年行动', null, '', 0, 'pharmaceutical-food'],
    [
      'p2-s1-3-c4',
      '推动龙南经开区营收达580亿元、赣州高新区营收突破500亿元、瑞金经开区营收达360亿元',
      null,
      'ganzhou-hidz longnan longnan-etdz ruijin ruijin-etdz',
      3,
      '',
    ],
    ['p2-s1-4-c6', '加快建设赣深数字经济走廊', 'continue', '', 0, ''],
    ['p2-s2-1-c10', '实施一批“揭榜挂帅”制项目', null, '', 0, ''],
    ['p2-s2-2-c13', '力争留赣就业毕业生占比达50%以上', 'strive', '', 1, ''],
    ['p2-s3-1-c3', '抓好40项重点改革任务落实', null, '', 1, ''],
    ['p2-s3-1-c18', '打造“跨省通办”全域合作示范区', null, '', 0, ''],
    ['p2-s3-2-c7', '巩固融媒体中心改革成果', null, '', 0, ''],
    ['p2-s3-3-c9', '建设深赣两地红色教育培训首推基地', null, '', 0, ''],
    ['p2-s4-1-c4', '推动就业帮扶车间稳定发展', null, '', 0, ''],
    ['p2-s4-2-c7', '做好第三次全国土壤普查', null, '', 0, ''],
    ['p2-s4-2-c22', '打造全国重要的富硒农产品供应基地', null, '', 0, ''],
    ['p2-s4-3-c11', '新（改）建标准化农村户厕5.65万个', null, '', 1, ''],
    ['p2-s5-1-c3', '强化省域副中心城市基础支撑', null, '', 0, ''],
    ['p2-s5-2-c1', '推动城市功能品质升级', null, '', 0, ''],
    ['p2-s5-2-c16', '改造老旧小区125个', null, '', 1, ''],
    ['p2-s5-2-c31', '打造洁净舒适生活空间', null, '', 0, ''],
    ['p2-s5-3-c15', '新增贷款800亿元以上、总量突破8000亿元', null, '', 2, ''],
    ['p2-s5-4-c9', '打造一批工业强县、农业强县、商贸强县、文旅强县', null, '', 0, ''],
    ['p2-s6-1-c8', '扎实推进生态环保基础设施建设三年行动', 'continue', '', 0, ''],
    ['p2-s6-3-c1', '加速绿色低碳转型发展', 'continue', '', 0, ''],
    ['p2-s7-1-c3', '建立全市统一的就业创业公共服务平台', null, '', 0, ''],
    ['p2-s7-2-c3', '稳步推进灵活就业人员、新业态从业人员等群体参保', 'continue', '', 0, ''],
    ['p2-s7-2-c18', '深化社会救助改革创新试点', null, '', 0, ''],
    ['p2-s7-3-c13', '稳定和优化基层公共卫生、乡村两级医疗卫生人才队伍', null, '', 0, ''],
    ['p2-s7-4-c13', '落实义务教育教师工资“不低于”政策', null, '', 0, ''],
    [
      'p2-s7-4-c28',
      '支持定南足球、全南攀岩、石城冰球、南康滑翔伞、于都体教融合等特色体育发展',
      null,
      'dingnan nankang quannan shicheng yudu',
      0,
      '',
    ],
    ['p2-s7-5-c13', '扎实做好保交楼、保民生、保稳定各项工作', null, '', 0, ''],
    ['p2-s7-5-c28', '建设更高水平平安赣州、法治赣州', null, '', 0, ''],
    ['p2-s8-2-c6', '常态化开展行政执法案卷评查', null, '', 0, ''],
  ])('hand-checked %s', (id, text, stage, places, figureCount, clusters) => {
    const commitment = byId.get(id)!;
    expect(commitment.text).toBe(text);
    expect(commitment.stage).toBe(stage);
    expect(
      commitment.places
        .map((p) => p.place)
        .sort()
        .join(' '),
    ).toBe(places);
    expect(commitment.figures).toHaveLength(figureCount);
    expect(commitment.clusters.join(' ')).toBe(clusters);
  });
});

describe('bad curated input', () => {
  it('refuses a scope that names an unknown place, naming file and line', async () => {
    const { data } = await realCommitments();
    const yaml = parseYaml(
      'places.yaml',
      'counties: []\nzones: []\nscopes:\n  - id: central-city\n    names: [中心城区]\n    places: [atlantis]\n',
    );
    expect(() => readPlaceRules(yaml, data.places)).toThrow('places.yaml:6: scopes.0.places: "atlantis" is not a place id of this file');
  });

  it('refuses a project whose cluster contradicts its sentence', async () => {
    const { data, clusters, rules } = await realCommitments();
    const yaml = parseYaml(
      'p.yaml',
      '- id: foxconn\n  zh: 富士康\n  en: Foxconn\n  kind: industry\n  stage: complete\n  stageAsWritten: 建成投产\n  cluster: textiles-garments\n  paragraph: p2-s1-1\n',
    );
    const projects = readProjects(yaml, data.places, clusters);
    expect(() => buildCommitments({ ...data, rules, clusters, projects, projectsFile: 'p.yaml' })).toThrow(
      'p.yaml:1: foxconn: cluster "textiles-garments", but the sentence of p2-s1-1 that names it is about "electronic-information"',
    );
  });

  it('refuses a project name that a clause boundary cuts', async () => {
    const { data, clusters, rules } = await realCommitments();
    const yaml = parseYaml(
      'p.yaml',
      '- id: x\n  zh: 运营好国家级工业设计中心，建设国际家居总部经济区\n  en: x\n  kind: industry\n  stage: continue\n  stageAsWritten: 建设\n  paragraph: p2-s1-1\n',
    );
    expect(() =>
      buildCommitments({ ...data, rules, clusters, projects: readProjects(yaml, data.places, clusters), projectsFile: 'p.yaml' }),
    ).toThrow('p.yaml:1: x: “运营好国家级工业设计中心，建设国际家居总部经济区” is not whole inside one clause of p2-s1-1');
  });
});

describe('what each figure measures, and for whom', async () => {
  const { commitments, data } = await realCommitments();
  const kindOf = new Map(data.figures.map((f) => [f.id, f.kind]));
  const measures = new Map(commitments.flatMap((c) => c.measures.map((m) => [m.figure, m] as const)));
  const of = (figure: string) => {
    const found = measures.get(figure)!;
    return [found.measure, found.subject?.id ?? null];
  };

  it.each([
    ['p2-s1-1-f1', '产业集群营收', 'home-furnishing'], // 2800亿元: cluster revenue …
    ['p2-s1-1-f2', '规上工业营收', 'nonferrous-new-materials'], // 2300亿元: … is not revenue above designated size
    ['p2-s1-3-f1', '营收', 'ganzhou-etdz'],
    ['p2-s1-3-f2', '营收', 'longnan-etdz'], // the zone, not the county inside its name
    ['p2-s1-3-f3', '营收', 'ganzhou-hidz'],
    ['p1-s2-1-f9', '冬播油菜增长', null], // 增长37%: read with the measure before it
    ['p1-s5-1-f2', '民生支出占一般公共预算支出', null],
    ['p2-intro-2-f11', '城镇调查失业率', null],
    ['p2-s4-3-f4', '行政村', null], // 推进915个行政村: the noun after the count
    ['p2-s1-2-f3', '开工格力小家电生产基地等项目', null],
    ['p2-s6-1-f6', '中心城区、县（市）建成区生活污水集中收集率', null], // 分别达50%、40%: one measure for both
    ['p2-s6-1-f7', '中心城区、县（市）建成区生活污水集中收集率', null],
    ['p2-s3-3-f2', '引进投资超…项目', null], // 超2000万元项目: a threshold, not the measure of the projects
    ['p2-s3-3-f3', '引进投资超2000万元项目', null], // … and the count counts the projects over it
    ['p2-s3-3-f6', '引进投资50亿-100亿元项目', null], // 其中…50亿-100亿元项目20个: not just 项目
    ['p2-s3-3-f8', '引进投资20亿-50亿元项目', null],
    ['p2-s1-2-f8', '新培育营收50亿-100亿元企业', null], // 6家: not 新培育营收
    ['p2-intro-2-f7', '实际利用省外2000万元以上项目资金增长', null],
    ['p1-s2-1-f19', '引进开工投资超5000万元农产品加工项目', null],
    ['p2-s4-3-f7', '基本实现…以上自然村路灯全覆盖', null], // 25户以上自然村: a threshold of the villages
    ['p1-s4-1-f1', '中心城区新（续）建快速路', null], // 7条59.1公里快速路: the count and the length share the road
    ['p1-s4-1-f2', '中心城区新（续）建快速路', null],
    ['p2-s5-2-f1', '新（续）建快速路', null],
    ['p2-s5-2-f3', '跨江大桥', null], // after 、 the next item has its own noun
    ['p2-s5-3-f3', '贷款总量', null], // 新增贷款…、总量突破8000亿元: the total of loans
    ['p1-s3-1-f11', '签约项目总投资', null],
    ['p1-s2-1-f5', '赣州在全国数字经济城市发展百强榜排名', null], // 第58位: a rank
    ['p1-s2-1-f6', '赣州在全国数字经济城市发展百强榜排名前移', null], // 前移4位: of the rank
    ['p1-s2-1-f17', '赣南茶油在国家区域品牌百强榜排名前进', null],
    ['p2-s4-2-f12', '村集体经营性收入达20万元的比例', null], // 力争90%村集体经营性收入达20万元
    ['p2-s3-3-f1', '培育认证大湾区菜篮子生产基地和“圳品”', null], // …各10个以上: not ending in 各
  ])('%s measures %s for %s', (figure, measure, subject) => {
    expect(of(figure)).toEqual([measure, subject]);
  });

  it('gives every figure of the plan and the review a measure', () => {
    expect(measures.size).toBe(187);
    expect([...measures.values()].filter((m) => m.measure === '')).toEqual([]);
  });

  it('gives no figure a vague measure: a bare noun, a verb without its object, a change without its subject, a rank without its list', () => {
    const vague = [...measures.values()].filter(
      ({ figure, measure }) =>
        ['项目', '企业', '总量', '总额', '总投资'].includes(measure) ||
        /(?:建|引进|实施|推进|利用省外|培育|各|和|及|与|的)$/u.test(measure) ||
        /^(?:增长|下降|增加|减少|前移|前进|提高|占)/u.test(measure) ||
        (kindOf.get(figure) === 'rank' && !measure.includes('排名')) ||
        (/(?:前移|前进)$/u.test(measure) && !measure.includes('排名')),
    );
    expect(vague).toEqual([]);
  });
});

describe('reforms', async () => {
  const { commitments } = await realCommitments();
  const reform = (words: string) => {
    const found = commitments.filter((c) => c.text.includes(words));
    expect(found, words).toHaveLength(1);
    return found[0]!.reform;
  };

  it('reads a clause that names a reform, or its short form, as a reform', () => {
    expect(reform('市属科研院所、公园景区、高铁新区、赣州国际陆港和中心城区城管、乡镇管理体制等改革稳步推进')).toBe(true);
    expect(reform('普惠金改试验区建设通过国家中期评估')).toBe(true); // 金改: 金融改革
    expect(reform('推进“政区合一”改革')).toBe(true);
  });

  it('reads the items of a review sentence that opens on reforms as reforms, though they do not say 改革', () => {
    expect(reform('赣州经开区落地全省首单知识产权证券化项目')).toBe(true); // 重点领域改革蹄疾步稳，…
    expect(reform('崇义成立全省首家湿地资源运营中心')).toBe(true);
    expect(reform('建立深赣对口合作联席会议制度')).toBe(false); // 开放合作走深走实: opening up, not reform
  });

  it('reads a plan topic led by a reform as reforms throughout, but not a plan sentence that only opens with one', () => {
    expect(reform('加强国资监管和风险防范')).toBe(true); // under 深化重点领域改革
    expect(reform('扎实做好妇女儿童工作')).toBe(false); // after 全面深化产业工人队伍建设改革，
    expect(reform('规范民办教育')).toBe(false); // after 推进高考综合改革，
  });

  it('gives the zones their reforms, by name and by the central-city scope', () => {
    const of = (zone: string) => commitments.filter((c) => c.reform && !c.lead && c.places.some((p) => p.place === zone)).map((c) => c.id);
    expect(of('ganzhou-etdz')).toEqual(['p1-s3-1-c14', 'p1-s3-1-c16']);
    expect(of('hsr-new-area')).toEqual(['p1-s3-1-c16']);
    expect(of('inland-port')).toEqual(['p1-s3-1-c16']);
    expect(of('longnan-etdz')).toEqual([]);
    expect(commitments.filter((c) => c.reform && !c.lead)).toHaveLength(50);
  });
});
