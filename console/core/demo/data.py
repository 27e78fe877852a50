"""Names, texts and proportions of the fictional demo bureau (临江市综合行政执法局).

Kept apart from the generator modules so that they read as logic and the demo can
be tuned here. Everything is invented; places and people are fictional, the vocabulary
and the orders of magnitude are those of real work reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from glossary import (
    Category,
    CertificateKind,
    ComplaintChannel,
    FindingStatus,
    InspectionKind,
    RiskLevel,
    Severity,
    TalkKind,
    TrainingCategory,
    UnitKind,
)

BUREAU_NAME = "临江市综合行政执法局"
STAFF_PREFIX = "LJ"
CASE_PREFIX = "临综执罚"

# Surnames with weights roughly proportional to their national frequency (per mille), so
# that a roster looks like a real one: many 王, 李, 张, a few rare and compound surnames.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22),
    ("赵", 22), ("吴", 20), ("周", 19), ("徐", 17), ("孙", 15), ("马", 15), ("朱", 14),
    ("胡", 13), ("郭", 13), ("何", 12), ("林", 12), ("高", 12), ("罗", 11), ("郑", 11),
    ("梁", 10), ("谢", 8), ("宋", 8), ("唐", 8), ("许", 7), ("韩", 7), ("冯", 7),
    ("邓", 7), ("曹", 7), ("彭", 6), ("曾", 6), ("肖", 6), ("田", 6), ("董", 5),
    ("潘", 5), ("袁", 5), ("蔡", 5), ("蒋", 5), ("余", 5), ("于", 5), ("杜", 5),
    ("叶", 5), ("程", 5), ("魏", 4), ("苏", 4), ("吕", 4), ("丁", 4), ("任", 4),
    ("卢", 4), ("姚", 4), ("沈", 4), ("钟", 4), ("姜", 4), ("崔", 3), ("谭", 3),
    ("陆", 3), ("范", 3), ("汪", 3), ("廖", 3), ("石", 3), ("金", 3), ("贾", 3),
    ("夏", 3), ("方", 3), ("邹", 2), ("熊", 2), ("白", 2), ("孟", 2), ("秦", 2),
    ("邱", 2), ("侯", 2), ("江", 2), ("尹", 2), ("薛", 2), ("段", 2), ("雷", 2),
    ("龙", 2), ("史", 2), ("陶", 2), ("贺", 2), ("毛", 2), ("郝", 2), ("顾", 2),
    ("龚", 2), ("邵", 2), ("万", 1), ("钱", 1), ("戴", 1), ("严", 1), ("孔", 1),
    ("向", 1), ("汤", 1), ("应", 1), ("楼", 1), ("柯", 1), ("庄", 1), ("童", 1),
    ("欧阳", 0.5), ("上官", 0.2), ("司马", 0.2), ("诸葛", 0.1),
)  # fmt: skip

MALE_CHARS = "伟强军磊洋勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林博海峰建国志文晨振东"
FEMALE_CHARS = "芳娜敏静丽艳娟霞秀燕玲婷雪琳晶颖倩洁慧莉萍红梅蕾薇怡欣妍岚瑶露琪佳悦璐"
NEUTRAL_CHARS = "晓亚新春海天子一思嘉雨安文佳永立诗俊瑞清和"
# Characters outside the common GB2312 range or rarely in fonts' basic sets: the demo must
# show that names like 王喆 or 李玥 survive the roster, the PDF and the Excel export.
RARE_CHARS = "喆堃玥璟昊旻淼骞翀彧祎珺琇昶"


@dataclass(frozen=True)
class UnitSpec:
    key: str
    name: str
    short_name: str
    kind: UnitKind
    parent: str | None
    weight: float  # share of the people, before scaling to the requested head count
    heads: tuple[str, ...]  # positions of the first officers of the unit, in order
    staff: str  # position of the other officers


_B, _S, _D, _T, _BR = (
    UnitKind.BUREAU,
    UnitKind.SQUAD,
    UnitKind.DEPARTMENT,
    UnitKind.TOWN_TEAM,
    UnitKind.BRANCH,
)
_SQUAD_HEADS = ("中队长", "副中队长", "法制审核员", "内勤", "副中队长")
_TOWN_HEADS = ("队长", "法制审核员", "副队长")

UNITS: tuple[UnitSpec, ...] = (
    UnitSpec("bureau", BUREAU_NAME, "市执法局", _B, None, 5,
             ("局长", "政委", "副局长", "副局长", "纪检组长"), "局领导"),
    UnitSpec("office", "办公室", "办公室", _D, "bureau", 8, ("办公室主任", "副主任"), "科员"),
    UnitSpec("political", "政治处", "政治处", _D, "bureau", 6, ("政治处主任", "副主任"), "科员"),
    UnitSpec("legal", "法制科", "法制科", _D, "bureau", 8, ("法制科科长", "副科长"), "法制审核员"),
    UnitSpec("ducha", "督察队", "督察队", _D, "bureau", 8, ("督察队队长", "副队长"), "督察员"),
    UnitSpec("command", "指挥中心", "指挥中心", _D, "bureau", 12, ("指挥中心主任", "副主任"),
             "指挥调度员"),
    UnitSpec("finance", "财务装备科", "财装科", _D, "bureau", 5, ("财务装备科科长",), "科员"),
    UnitSpec("east", "城东中队", "城东", _S, "bureau", 26, _SQUAD_HEADS, "执法队员"),
    UnitSpec("west", "城西中队", "城西", _S, "bureau", 24, _SQUAD_HEADS, "执法队员"),
    UnitSpec("south", "城南中队", "城南", _S, "bureau", 22, _SQUAD_HEADS, "执法队员"),
    UnitSpec("north", "城北中队", "城北", _S, "bureau", 21, _SQUAD_HEADS, "执法队员"),
    UnitSpec("devzone", "开发区中队", "开发区", _S, "bureau", 19, _SQUAD_HEADS, "执法队员"),
    UnitSpec("riverside", "滨江中队", "滨江", _S, "bureau", 18, _SQUAD_HEADS, "执法队员"),
    UnitSpec("cityscape", "市容秩序中队", "市容", _S, "bureau", 25, _SQUAD_HEADS, "执法队员"),
    UnitSpec("sites", "建筑工地中队", "工地", _S, "bureau", 16, _SQUAD_HEADS, "执法队员"),
    UnitSpec("muck", "渣土管理中队", "渣土", _S, "bureau", 17, _SQUAD_HEADS, "执法队员"),
    UnitSpec("greens", "园林绿化中队", "园林", _S, "bureau", 14, _SQUAD_HEADS, "执法队员"),
    UnitSpec("gas", "燃气安全中队", "燃气", _S, "bureau", 14, _SQUAD_HEADS, "执法队员"),
    UnitSpec("mobile", "机动中队", "机动", _S, "bureau", 22, _SQUAD_HEADS, "执法队员"),
    UnitSpec("jiangbei", "江北分局", "江北分局", _BR, "bureau", 4, ("分局局长", "副局长"), "科员"),
    UnitSpec("jb1", "江北一中队", "江北一", _S, "jiangbei", 18, _SQUAD_HEADS, "执法队员"),
    UnitSpec("jb2", "江北二中队", "江北二", _S, "jiangbei", 16, _SQUAD_HEADS, "执法队员"),
    UnitSpec("qingshi", "青石镇综合行政执法队", "青石镇", _T, "bureau", 13, _TOWN_HEADS,
             "执法队员"),
    UnitSpec("baisha", "白沙镇综合行政执法队", "白沙镇", _T, "bureau", 11, _TOWN_HEADS,
             "执法队员"),
    UnitSpec("taoyuan", "桃源街道综合行政执法队", "桃源街道", _T, "bureau", 12, _TOWN_HEADS,
             "执法队员"),
    UnitSpec("lingang", "临港街道综合行政执法队", "临港街道", _T, "bureau", 11, _TOWN_HEADS,
             "执法队员"),
)  # fmt: skip

AUXILIARY_POSITION = "辅助执法队员"
ASSISTANT_POSITIONS = ("协管员", "协管员", "信息采集员", "坐席员")
CONTRACTOR_POSITIONS = ("驾驶员", "保洁督导员", "后勤服务人员")

# The supervision checklist (督察清单): inspections and findings name these topics.
CHECKLIST: tuple[str, ...] = (
    "着装风纪",
    "执法记录仪使用",
    "执法文书",
    "音像记录",
    "四先六公开",
    "考勤",
    "工作纪律",
    "廉洁自律",
)

FINDINGS: dict[str, tuple[str, ...]] = {
    "着装风纪": (
        "执勤时未按规定佩戴执法标志",
        "制服与便服混穿",
        "执勤期间未戴帽、敞怀",
        "佩戴与执法身份不符的饰品",
    ),
    "执法记录仪使用": (
        "现场执法未开启执法记录仪",
        "执法记录仪电量不足未及时充电",
        "执法记录仪数据未按期上传归档",
        "执法过程中途关闭执法记录仪",
    ),
    "执法文书": (
        "现场检查笔录当事人未签字确认",
        "责令改正通知书未载明改正期限",
        "文书引用法律条款不准确",
        "送达回证填写不完整",
    ),
    "音像记录": (
        "音像记录缺少关键取证环节",
        "音像资料命名不规范、未关联案件编号",
        "重大案件全过程记录不完整",
    ),
    "四先六公开": (
        "执法前未先亮明身份、出示证件",
        "未先告知当事人违法事实及依据",
        "处罚前未先教育劝导",
        "未公开执法依据和投诉渠道",
    ),
    "考勤": (
        "上班时间无故离岗",
        "未按规定履行请销假手续",
        "考勤记录与排班表不一致",
        "值班人员未按时到岗",
    ),
    "工作纪律": (
        "上班时间玩手机游戏",
        "执勤时聚集闲聊",
        "执法车辆未按规定停放",
        "派单处置不及时、未按期反馈",
    ),
    "廉洁自律": (
        "接受管理对象宴请的苗头性问题",
        "办公区域存放与工作无关的礼品",
        "执法过程中与当事人存在不当往来",
    ),
}

RECTIFICATIONS: tuple[str, ...] = (
    "已对相关人员进行批评教育并组织中队集中学习",
    "已完成整改，补齐相关材料并建立台账",
    "中队召开专题会议，举一反三开展自查自纠",
    "已重新规范操作流程，并由中队长每日抽查",
    "相关人员已作书面检查，整改情况已报督察队",
)
SENT_BACK_NOTE = "（复核未通过：整改不彻底，退回重新整改）"

INSPECTION_TITLES: dict[str, tuple[str, ...]] = {
    "routine": ("{unit}日常督察", "{unit}作风纪律例行检查", "{unit}月度督察"),
    "special": ("{unit}{topic}专项督察", "{topic}专项检查（{unit}）"),
    "unannounced": ("{unit}暗访督察", "夜间执勤暗访（{unit}）"),
    "follow_up": ("{unit}整改情况“回头看”", "{unit}问题整改复查"),
}
INSPECTION_NOTES: tuple[str, ...] = (
    "现场抽查执法记录仪及执法台账",
    "结合12345工单抽查处置情况",
    "查看考勤记录和排班表",
    "随机抽查在岗人员",
)

VOID_REASON = "经复查，问题系误登记（检查对象认定错误），予以撤销"

CASE_CHALLENGES: dict[str, tuple[str, ...]] = {
    "reconsideration": (
        "当事人对占道经营行政处罚决定不服申请行政复议",
        "当事人对违法建设限期拆除决定不服申请行政复议",
        "当事人认为油烟扰民处罚事实认定不清申请行政复议",
    ),
    "litigation": (
        "当事人对违法建设强制拆除决定提起行政诉讼",
        "当事人对渣土运输处罚决定提起行政诉讼",
    ),
}

COMPLAINTS: tuple[str, ...] = (
    "反映执法人员态度生硬、语言不文明",
    "反映执法人员未出示证件即开展检查",
    "反映违建举报后处置不及时",
    "反映占道经营整治中暂扣物品未开具清单",
    "反映执法过程中存在选择性执法",
    "反映餐饮油烟投诉长期未解决",
    "反映渣土车带泥上路处罚标准不一",
    "反映执法人员上班时间在店铺闲聊",
    "反映噪音扰民投诉回复敷衍",
)

REVIEW_PROBLEMS: tuple[str, ...] = (
    "证据链不完整",
    "文书引用法条不准确",
    "自由裁量说理不充分",
    "送达程序不规范",
    "现场笔录记载不全",
    "案件超期结案",
    "音像资料未随卷归档",
)

RISK_POINTS: tuple[tuple[str, str | None, str, RiskLevel, str], ...] = (
    # (position, unit key, description, level, measures)
    ("中队长", None, "案件办理中对处罚裁量的决定权", RiskLevel.HIGH,
     "重大案件集体讨论，裁量基准公开"),
    ("法制审核员", "legal", "法制审核把关不严或选择性审核", RiskLevel.HIGH,
     "双人审核、审核意见留痕"),
    ("执法队员", None, "现场执法中接受吃请或收受财物", RiskLevel.HIGH,
     "全程执法记录、双人执法、廉洁承诺"),
    ("执法队员", None, "暂扣物品登记保管不规范", RiskLevel.MEDIUM,
     "暂扣物品清单当场开具、统一入库"),
    ("辅助执法队员", None, "超越辅助职责单独实施执法行为", RiskLevel.MEDIUM,
     "明确辅助执法权限清单，定期培训"),
    ("渣土管理", "muck", "渣土运输核准和处罚中的利益输送", RiskLevel.HIGH,
     "核准事项网上公示，处罚结果复核"),
    ("建筑工地执法", "sites", "对工地扬尘、夜间施工查处不到位", RiskLevel.MEDIUM,
     "随机抽查与交叉检查结合"),
    ("燃气安全检查", "gas", "检查走过场、隐患整改不闭环", RiskLevel.MEDIUM, "隐患清单销号管理"),
    ("市容秩序管理", "cityscape", "对流动摊贩选择性执法", RiskLevel.MEDIUM,
     "网格化管理，执法全程记录"),
    ("指挥调度员", "command", "派单、结案审核中弄虚作假", RiskLevel.LOW,
     "系统留痕，督察队月度抽查"),
    ("财务装备", "finance", "执法装备采购和罚没款管理", RiskLevel.MEDIUM,
     "政府采购程序，罚缴分离"),
    ("督察员", "ducha", "督察问题处理中的人情干扰", RiskLevel.LOW,
     "督察结果集体研究、定期通报"),
    ("政工人事", "political", "人员招录、评先评优中的不正之风", RiskLevel.MEDIUM,
     "程序公开，结果公示"),
)  # fmt: skip

TALK_NOTES: dict[str, tuple[str, ...]] = {
    "pre_appointment": ("任前廉政谈话，提出廉洁从政要求", "新任职干部任前谈话"),
    "reminder": ("就督察发现问题进行提醒谈话", "针对近期投诉情况进行提醒谈话"),
    "admonition": ("就查实问题进行诫勉谈话，责令作出书面检查",),
    "collective": ("节前集体廉政谈话", "中队集体廉政谈话，通报典型案例"),
}

MAJOR_MATTERS: tuple[str, ...] = (
    "本人婚姻状况变化",
    "子女婚嫁操办事宜",
    "因私出国（境）",
    "配偶、子女从业情况变化",
    "本人及家属被追究刑事责任情况（无）",
    "操办父母丧事",
    "子女升学",
)

EVENT_NOTES: dict[str, tuple[str, ...]] = {
    "FW01": ("12345来电表扬：占道经营投诉处置及时", "12345来电表扬：噪音投诉耐心调解"),
    "FW02": ("收到沿街商户赠送锦旗", "收到小区业主委员会感谢信"),
    "FW03": ("参加“城管进社区”便民服务", "参加文明城市创建志愿服务"),
    "XC05": ("节假日景区周边执勤保障", "重大活动期间市容保障"),
    "AJ04": ("违法建设案件，经集体讨论决定", "渣土偷倒案件，涉案金额较大"),
    "AJ05": ("案件超过办案期限未结",),
    "XC03": ("平台派单超期未办结",),
    "XC04": ("巡查轨迹与排班不符",),
    "JL01": ("无故缺勤一天",),
    "JL02": ("早班迟到",),
    "JL03": ("路面执法未开启执法记录仪",),
    "JL04": ("执勤时未戴帽",),
    "JL05": ("上班时间玩手机",),
    "JL06": ("执法前未亮证",),
    "JL07": ("接受管理对象宴请，经查属实",),
    "BZ01": ("获评市级“最美综合行政执法人”",),
    "BZ02": ("获省级综合行政执法先进个人",),
    "BZ03": ("获全国城市管理系统先进工作者",),
    "BZ04": ("工作信息被市委办采用",),
    "QT01": ("完成文明城市创建迎检材料", "完成年度执法统计报表"),
    "QT02": ("月度考核排名第一",),
    "QT03": ("辖区占道经营问题被市数字城管通报",),
}
REJECT_REASONS: tuple[str, ...] = (
    "证明材料不全，未附表彰文件",
    "不属于考核细则加分范围",
    "同一事项已加分，不重复计分",
)
VOID_REASONS: tuple[str, ...] = (
    "与案件导入数据重复，作废",
    "录入人员选错，已重新录入",
)

LEGAL_TITLES: tuple[str, ...] = (
    "《行政处罚法》解读",
    "《城市市容和环境卫生管理条例》条文释义",
    "行政执法“三项制度”专题培训",
    "执法文书制作规范",
    "证据收集与固定实务",
    "行政复议与行政诉讼典型案例分析",
    "《城镇燃气管理条例》与燃气安全执法",
    "《城市建筑垃圾管理规定》与渣土执法",
    "《噪声污染防治法》实务",
    "违法建设认定与查处",
    "典型案例解析暨月月擂台赛",
    "习近平法治思想专题学习",
    "《民法典》与行政执法",
    "行政处罚自由裁量基准适用",
    "《行政强制法》与查封扣押程序",
    "非现场执法的证据规则",
)
LEGAL_BRANDS: tuple[str, ...] = ("城人之美大讲堂：", "", "法治轮训：")
OTHER_TITLES: dict[str, tuple[str, ...]] = {
    "skills": (
        "执法记录仪规范使用与音像记录",
        "PDA执法终端操作培训",
        "非现场执法系统操作培训",
        "群众工作与沟通技巧",
    ),
    "drill": ("队列训练", "应急处突演练", "燃气泄漏应急处置演练", "防汛防台应急演练"),
    "lecture_hall": (
        "综合执法大讲堂：城市精细化管理",
        "综合执法大讲堂：“大综合一体化”改革",
        "综合执法大讲堂：优化营商环境与柔性执法",
    ),
    "online": ("学法用法网上专题学习", "行政执法典型案例网上专题学习"),
    "integrity": ("廉政警示教育专题会", "以案促改警示教育", "廉洁自律专题党课"),
    "induction": ("新入职人员岗前培训",),
}
PLACES: tuple[str, ...] = ("局三楼会议室", "执法培训基地", "江北分局会议室", "局一楼报告厅")
ONLINE_PLACE = "线上（学法用法平台）"


# ------------------------------------------------------------------ proportions

# Squads carry the auxiliaries; offices are mostly civil servants. The heads of each unit
# are officers on top of these shares, which brings the bureau to about 45/35/12/8.
STREET_MIX = (
    (Category.OFFICER, 0.24),
    (Category.AUXILIARY, 0.50),
    (Category.ASSISTANT, 0.15),
    (Category.CONTRACTOR, 0.11),
)
CATEGORY_MIX: dict[UnitKind, tuple[tuple[Category, float], ...]] = {
    UnitKind.BUREAU: ((Category.OFFICER, 1.0),),
    UnitKind.DEPARTMENT: (
        (Category.OFFICER, 0.72),
        (Category.AUXILIARY, 0.08),
        (Category.ASSISTANT, 0.14),
        (Category.CONTRACTOR, 0.06),
    ),
    UnitKind.BRANCH: (
        (Category.OFFICER, 0.6),
        (Category.ASSISTANT, 0.25),
        (Category.CONTRACTOR, 0.15),
    ),
    UnitKind.SQUAD: STREET_MIX,
    UnitKind.TOWN_TEAM: STREET_MIX,
}

MALE_SHARE = {
    Category.OFFICER: 0.72,
    Category.AUXILIARY: 0.8,
    Category.ASSISTANT: 0.55,
    Category.CONTRACTOR: 0.6,
}

YOUNGEST = {Category.AUXILIARY: 2002, Category.CONTRACTOR: 1998}

# One head per this many people: a squad of 20 has a leader, a deputy, a legal reviewer and
# a clerk; the bureau's own roll is its leadership.
HEADS_PER = {
    UnitKind.BUREAU: 1,
    UnitKind.DEPARTMENT: 3,
    UnitKind.BRANCH: 2,
    UnitKind.SQUAD: 5,
    UnitKind.TOWN_TEAM: 5,
}

# How careless people are (a factor on their chance of a deduction, a finding, a
# complaint): most are fine, a few carry most of the deductions and the warnings.
SLACK: tuple[tuple[float, float], ...] = ((1.0, 0.78), (3.0, 0.16), (8.0, 0.06))

# Occasional manual entries: (rule, monthly probability, who, scaled by the person's slack).
EXTRAS: tuple[tuple[str, float, str, bool], ...] = (
    ("FW01", 0.06, "field", False),
    ("FW02", 0.015, "field", False),
    ("FW03", 0.08, "all", False),
    ("BZ01", 0.002, "all", False),
    ("BZ02", 0.0005, "all", False),
    ("BZ03", 0.0001, "all", False),
    ("BZ04", 0.01, "all", False),
    ("AJ04", 0.012, "caseworker", False),
    ("AJ05", 0.006, "caseworker", True),
    ("XC03", 0.02, "field", True),
    ("XC04", 0.006, "field", True),
    ("JL01", 0.003, "all", True),
    ("JL02", 0.03, "all", True),
    ("JL03", 0.012, "field", True),
    ("JL04", 0.015, "field", True),
    ("JL05", 0.015, "all", True),
    ("JL06", 0.004, "caseworker", True),
    ("JL07", 0.0002, "caseworker", True),
)

HOLIDAY_MONTHS = (1, 2, 5, 10)  # Spring Festival, May Day, National Day

INSPECTION_KINDS = (
    (InspectionKind.ROUTINE, 0.55),
    (InspectionKind.SPECIAL, 0.2),
    (InspectionKind.UNANNOUNCED, 0.2),
    (InspectionKind.FOLLOW_UP, 0.05),
)

SEVERITIES = ((Severity.MINOR, 0.75), (Severity.SERIOUS, 0.2), (Severity.GRAVE, 0.05))

SEVERITY_RULE = {Severity.MINOR: "DC01", Severity.SERIOUS: "DC02", Severity.GRAVE: "DC03"}

# Where a finding stands by its age in days: the recent ones are all along the loop, the
# old ones closed but for a handful still overdue.
_F = FindingStatus
STATUS_BY_AGE: tuple[tuple[int, tuple[tuple[FindingStatus, float], ...]], ...] = (
    (30, ((_F.OPEN, 0.15), (_F.ASSIGNED, 0.35), (_F.RECTIFIED, 0.25), (_F.VERIFIED, 0.15),
          (_F.SENT_BACK, 0.10))),
    (90, ((_F.ASSIGNED, 0.05), (_F.RECTIFIED, 0.05), (_F.VERIFIED, 0.86), (_F.SENT_BACK, 0.04))),
    (10**6, ((_F.ASSIGNED, 0.01), (_F.VERIFIED, 0.98), (_F.SENT_BACK, 0.01))),
)  # fmt: skip

COMPLAINT_CHANNELS = (
    (ComplaintChannel.HOTLINE_12345, 0.55),
    (ComplaintChannel.LETTERS_VISITS, 0.2),
    (ComplaintChannel.MEDIA, 0.05),
    (ComplaintChannel.INSPECTION, 0.2),
)

TALK_KINDS = (
    (TalkKind.REMINDER, 0.45),
    (TalkKind.COLLECTIVE, 0.2),
    (TalkKind.ADMONITION, 0.1),
    (TalkKind.PRE_APPOINTMENT, 0.25),
)

OTHER_TRAINING = (
    (TrainingCategory.SKILLS, 0.3),
    (TrainingCategory.DRILL, 0.22),
    (TrainingCategory.LECTURE_HALL, 0.2),
    (TrainingCategory.ONLINE, 0.18),
    (TrainingCategory.INTEGRITY, 0.1),
)

ORGANISER = {
    TrainingCategory.LEGAL: "法制科",
    TrainingCategory.ONLINE: "法制科",
    TrainingCategory.LECTURE_HALL: "办公室",
    TrainingCategory.INTEGRITY: "督察队",
}

CERTIFICATES = {
    Category.OFFICER: (CertificateKind.ENFORCEMENT, "LJZF", 5),
    Category.AUXILIARY: (CertificateKind.AUXILIARY_ENFORCEMENT, "LJFZ", 3),
}
