"""The default rule catalogue (考核细则) a new bureau starts from.

Drawn from the points schemes that bureaus publish ("以办案论英雄", 办案之星 / 服务之星 /
奔跑之星, 四先六公开, 执法记录仪, 60 学时): everyone starts the month at the base score,
casework and service earn points, supervision findings and complaints cost them. The
bureau edits the catalogue afterwards; this is only a realistic starting point.

Points are per unit of count (``count_unit``): 12 simple-procedure cases earn 12 × 0.5.
``monthly_cap`` bounds what one rule can add or take per person per month, so that volume
work cannot buy a rank on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from db.scoring import Rule, RuleSet
from glossary import RuleCategory

BASE_SCORE = Decimal(100)


@dataclass(frozen=True)
class DefaultRule:
    code: str
    category: RuleCategory
    text: str
    points: Decimal  # per unit of count: positive = award, negative = deduction
    count_unit: str = "次"
    monthly_cap: Decimal | None = None  # absolute, per person per month
    needs_approval: bool = False
    serious: bool = False


def _r(
    code: str,
    category: RuleCategory,
    text: str,
    points: str,
    unit: str = "次",
    cap: str | None = None,
    *,
    approval: bool = False,
    serious: bool = False,
) -> DefaultRule:
    # Decimals from strings: 0.5 and 0.1 must stay exact for the sums to add up.
    return DefaultRule(
        code,
        category,
        text,
        Decimal(points),
        unit,
        None if cap is None else Decimal(cap),
        approval,
        serious,
    )


_C = RuleCategory

# Codes are pinyin initials of the section (案件, 巡查, 服务, 表彰, 培训, 纪律, 督察, 投诉,
# 案卷, 其他) and a number: short enough to type into an import file.
DEFAULT_RULES: tuple[DefaultRule, ...] = (
    # 办案: the bulk of the monthly difference between people.
    _r("AJ01", _C.CASEWORK, "办理简易程序案件", "0.5", "件", "10"),
    _r("AJ02", _C.CASEWORK, "办理一般程序案件", "2", "件", "30"),
    _r("AJ03", _C.CASEWORK, "办理非现场执法案件", "1", "件", "10"),
    _r("AJ04", _C.CASEWORK, "办理重大、疑难复杂案件（经集体讨论）", "5", "件", approval=True),
    _r("AJ05", _C.CASEWORK, "案件超期未结", "-2", "件"),
    # 巡查与派单: the command centre's dispatch statistics.
    _r("XC01", _C.PATROL, "巡查发现问题并上报处置", "0.1", "件", "3"),
    _r("XC02", _C.PATROL, "平台派单按期办结", "0.2", "件", "6"),
    _r("XC03", _C.PATROL, "平台派单超期未办结", "-1", "件", "5"),
    _r("XC04", _C.PATROL, "巡查脱岗、轨迹不达标", "-1", "次"),
    _r("XC05", _C.PATROL, "节假日及重大活动执勤保障", "1", "次", "4"),
    # 服务: the 服务之星 is drawn from this section.
    _r("FW01", _C.SERVICE, "12345热线群众表扬（经核实）", "1", "次", "5"),
    _r("FW02", _C.SERVICE, "收到群众锦旗、感谢信", "2", "次", "6"),
    _r("FW03", _C.SERVICE, "参加“城管进社区”等志愿服务", "0.5", "次", "2"),
    # 表彰: worth much, so a second person confirms.
    _r("BZ01", _C.COMMENDATION, "获市级表彰奖励", "5", "项", approval=True),
    _r("BZ02", _C.COMMENDATION, "获省级表彰奖励", "10", "项", approval=True),
    _r("BZ03", _C.COMMENDATION, "获国家级表彰奖励", "20", "项", approval=True),
    _r("BZ04", _C.COMMENDATION, "信息、调研文章被市级以上采用", "1", "篇", "3"),
    # 培训: the 60 legal hours a year are tracked in training; points only nudge.
    _r("PX01", _C.TRAINING, "参加法律法规培训（按学时计）", "0.1", "学时", "2"),
    _r("PX02", _C.TRAINING, "业务考试不合格", "-2", "次"),
    _r("PX03", _C.TRAINING, "无故缺席培训", "-1", "次", "3"),
    _r("PX04", _C.TRAINING, "业务考试成绩优秀（90分以上）", "1", "次", "2"),
    # 纪律作风
    _r("JL01", _C.DISCIPLINE, "无故缺勤（旷工）", "-2", "天"),
    _r("JL02", _C.DISCIPLINE, "迟到、早退", "-0.5", "次", "5"),
    _r("JL03", _C.DISCIPLINE, "执法时未按规定开启执法记录仪", "-2", "次"),
    _r("JL04", _C.DISCIPLINE, "着装不规范、风纪不整", "-1", "次"),
    _r("JL05", _C.DISCIPLINE, "上班时间玩手机、串岗闲聊等违反工作纪律", "-1", "次"),
    _r("JL06", _C.DISCIPLINE, "执法中未落实“四先六公开”", "-2", "次"),
    _r(
        "JL07",
        _C.DISCIPLINE,
        "违反廉洁自律规定（经查实）",
        "-10",
        "次",
        approval=True,
        serious=True,
    ),
    # 督察: deductions booked from inspection findings.
    _r("DC01", _C.SUPERVISION_FINDING, "督察发现一般问题", "-1", "项"),
    _r("DC02", _C.SUPERVISION_FINDING, "督察发现较重问题", "-3", "项"),
    _r("DC03", _C.SUPERVISION_FINDING, "督察发现严重问题", "-10", "项", serious=True),
    _r("DC04", _C.SUPERVISION_FINDING, "督察问题逾期未整改到位", "-2", "项"),
    # 投诉
    _r("TS01", _C.COMPLAINT, "被投诉经查属实", "-5", "件"),
    _r("TS02", _C.COMPLAINT, "被媒体曝光造成不良影响（经查属实）", "-10", "件", serious=True),
    # A case decision corrected on reconsideration or lost in court: against its handler.
    _r("TS03", _C.COMPLAINT, "办理的案件被行政复议纠错", "-3", "件"),
    _r("TS04", _C.COMPLAINT, "办理的案件行政诉讼败诉", "-5", "件"),
    # 案卷评查
    _r("AP01", _C.CASE_REVIEW, "案卷评查优秀", "2", "卷"),
    _r("AP02", _C.CASE_REVIEW, "案卷评查不合格", "-3", "卷"),
    _r("AP03", _C.CASE_REVIEW, "案卷入选“优秀案卷集锦”", "3", "卷", approval=True),
    # 其他; QT02/QT03 are booked to a squad as a whole.
    _r("QT01", _C.OTHER, "按期完成局交办的重点工作任务", "1", "项", "3"),
    _r("QT02", _C.OTHER, "中队获评月度“流动红旗”", "3", "次"),
    _r("QT03", _C.OTHER, "中队辖区问题被上级通报", "-3", "次"),
)


def default_rule_set_name(effective_from: date) -> str:
    return f"{effective_from.year}年全员目标积分制考核细则"


def install_default_rules(
    session: Session,
    effective_from: date,
    *,
    name: str | None = None,
    created_at: datetime | None = None,
) -> RuleSet:
    """Add the default catalogue as a new rule set in force from ``effective_from``.

    Flushes (so the rules have ids) but does not commit: the caller owns the transaction.
    ``created_at`` lets a generator stamp the rows deterministically; left out, the
    database default (now) applies.
    """
    stamp = {} if created_at is None else {"created_at": created_at}
    rule_set = RuleSet(
        name=name or default_rule_set_name(effective_from),
        effective_from=effective_from,
        base_score=BASE_SCORE,
        note="基础分100分，月度比拼、季度晾晒、年度排名。",
        **stamp,
    )
    session.add(rule_set)
    for spec in DEFAULT_RULES:
        session.add(
            Rule(
                rule_set=rule_set,
                code=spec.code,
                category=spec.category,
                text=spec.text,
                points=spec.points,
                count_unit=spec.count_unit,
                monthly_cap=spec.monthly_cap,
                needs_approval=spec.needs_approval,
                serious=spec.serious,
                active=True,
                **stamp,
            )
        )
    session.flush()
    return rule_set
