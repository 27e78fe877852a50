<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AccountDialog</name>
    <message>
      <source>Add account</source>
      <translation>新增账号</translation>
    </message>
    <message>
      <source>The security administrator gives the account its role.</source>
      <translation>账号角色由安全管理员分配。</translation>
    </message>
    <message>
      <source>No unit</source>
      <translation>不指定单位</translation>
    </message>
    <message>
      <source>A squad leader sees only this unit and those below it.</source>
      <translation>中队长只能查看本单位及其下级单位。</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>确认密码</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>AccountPolicyPanel</name>
    <message>
      <source>Applies to every desktop of the bureau. A new idle time applies from the next sign-in.</source>
      <translation>对本局所有电脑生效。修改后的锁屏时间自下次登录起生效。</translation>
    </message>
    <message>
      <source>Failed sign-ins before the account locks</source>
      <translation>连续登录失败几次后锁定账号</translation>
    </message>
    <message>
      <source>Lockout (minutes)</source>
      <translation>锁定时长（分钟）</translation>
    </message>
    <message>
      <source>Password life (days)</source>
      <translation>密码有效期（天）</translation>
    </message>
    <message>
      <source>Warn before the password expires (days)</source>
      <translation>密码到期前提醒（天）</translation>
    </message>
    <message>
      <source>Lock the console when idle for (minutes)</source>
      <translation>无操作多久后锁屏（分钟）</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>AccountRoleDialog</name>
    <message>
      <source>Role and duties of {user}</source>
      <translation>{user} 的角色与职责</translation>
    </message>
    <message>
      <source>No unit</source>
      <translation>无所属单位</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Administrator duties</source>
      <translation>管理员职责</translation>
    </message>
    <message>
      <source>An account holding an administrator duty reads the records but changes none: its role is viewer. Business work needs a separate account.</source>
      <translation>担任管理员职责的账号只能查看业务数据，不能修改，其角色固定为“局领导（只读）”。从事业务工作请另设账号。</translation>
    </message>
  </context>
  <context>
    <name>AcknowledgeWarningDialog</name>
    <message>
      <source>Acknowledge warning</source>
      <translation>处置预警</translation>
    </message>
    <message>
      <source>{name} ({staff_no}, {unit}) — {rule}</source>
      <translation>{name}（{staff_no}，{unit}）——{rule}</translation>
    </message>
    <message>
      <source>Records behind the warning:</source>
      <translation>预警依据的记录：</translation>
    </message>
    <message>
      <source>Action taken (required):</source>
      <translation>采取的措施（必填）：</translation>
    </message>
    <message>
      <source>Choose one, or describe what was done</source>
      <translation>选择一项，或填写具体措施</translation>
    </message>
    <message>
      <source>Acknowledge</source>
      <translation>确认处置</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsTab</name>
    <message>
      <source>Entries awaiting approval</source>
      <translation>待审核积分记录</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>Reject…</source>
      <translation>不通过…</translation>
    </message>
    <message>
      <source>Return entries of finalised months…</source>
      <translation>退回已定稿月份的待审核记录…</translation>
    </message>
    <message>
      <source>Entries under rules that need approval, and everything a squad leader records, count once approved. Select several rows to decide on them at once; an entry is approved by someone other than its recorder.</source>
      <translation>需审核细则下的记录以及中队长录入的全部记录，经审核通过后方才计分。可选中多行一并处理；记录须由录入人以外的人员审核。</translation>
    </message>
    <message>
      <source>These entries count once a supervisor approves them.</source>
      <translation>以下记录经督察员审核通过后计分。</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>细则编号</translation>
    </message>
    <message>
      <source>Rule text</source>
      <translation>细则内容</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>录入人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Finalised month</source>
      <translation>所属月份已定稿</translation>
    </message>
    <message>
      <source>Finalised: return it</source>
      <translation>已定稿，请退回</translation>
    </message>
    <message>
      <source>%n entries are dated in a finalised month. They do not count in its results and cannot be approved unless an administrator reopens the month; return them to clear the queue.</source>
      <translation>有 %n 条记录的日期在已定稿的月份内：不计入该月成绩，管理员重新开放该月之前不能通过；请退回以清空待审核队列。</translation>
    </message>
    <message>
      <source>{n} entries await a decision</source>
      <translation>共 {n} 条记录待审核</translation>
    </message>
    <message>
      <source>Approved {n} entries</source>
      <translation>已审核通过 {n} 条记录</translation>
    </message>
    <message>
      <source>Reject {rule} of {date} for {who}?</source>
      <translation>确定对 {who} {date} 的 {rule} 不予通过吗？</translation>
    </message>
    <message>
      <source>Reject the {n} selected entries?</source>
      <translation>确定对所选的 {n} 条记录不予通过吗？</translation>
    </message>
    <message>
      <source>Reject entries</source>
      <translation>不予通过</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>不通过</translation>
    </message>
    <message>
      <source>Rejected {n} entries</source>
      <translation>已将 {n} 条记录设为未通过</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>Assessment of {company}, {month}</source>
      <translation>{company} {month} 考核</translation>
    </message>
    <message>
      <source>0 to {max}</source>
      <translation>0 至 {max}</translation>
    </message>
    <message>
      <source>{item} ({max} points)</source>
      <translation>{item}（{max} 分）</translation>
    </message>
    <message>
      <source>Assessed by</source>
      <translation>考核人</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>{date} {person}: {topic} ({severity}) −{points}</source>
      <translation>{date} {person}：{topic}（{severity}）−{points}</translation>
    </message>
    <message>
      <source>Deductions from findings on the company's staff this month:</source>
      <translation>本月该企业人员被发现问题的扣分：</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Give every item its points to see the score.</source>
      <translation>各项均给分后显示得分。</translation>
    </message>
    <message>
      <source>Checklist {checklist} − deductions {deductions} = score {score}; paid {share} of the fee: {payment} yuan.</source>
      <translation>考核表 {checklist} − 扣分 {deductions} = 得分 {score}；按服务费的 {share} 付款：{payment} 元。</translation>
    </message>
  </context>
  <context>
    <name>AssessmentTab</name>
    <message>
      <source>Assess…</source>
      <translation>考核…</translation>
    </message>
    <message>
      <source>Bulletin: preview and print…</source>
      <translation>通报：预览并打印…</translation>
    </message>
    <message>
      <source>Save bulletin PDF…</source>
      <translation>保存通报 PDF…</translation>
    </message>
    <message>
      <source>Payment sheet for finance…</source>
      <translation>财务付款明细表…</translation>
    </message>
    <message>
      <source>Contractor assessment {month}</source>
      <translation>外包服务考核 {month}</translation>
    </message>
    <message>
      <source>Open…</source>
      <translation>查看…</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>企业</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>考核表得分</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Coefficient</source>
      <translation>付款系数</translation>
    </message>
    <message>
      <source>Monthly fee (yuan)</source>
      <translation>月服务费（元）</translation>
    </message>
    <message>
      <source>Payment (yuan)</source>
      <translation>应付金额（元）</translation>
    </message>
    <message>
      <source>Remark</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Elimination warning: below {line} in {months}</source>
      <translation>考核淘汰预警：低于 {line} 分的月份 {months}</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>未考核</translation>
    </message>
    <message>
      <source>{month}: {assessed} of {n} companies assessed; fees {fee} yuan, to pay {payment} yuan.</source>
      <translation>{month}：{n} 家企业中已考核 {assessed} 家；月服务费 {fee} 元，应付 {payment} 元。</translation>
    </message>
    <message>
      <source>Elimination warning (考核淘汰): {name} scored below {line} in {count} of the last {window} months ({months}).</source>
      <translation>考核淘汰预警：{name} 近 {window} 个月中有 {count} 个月得分低于 {line} 分（{months}）。</translation>
    </message>
    <message>
      <source>contractors-{month}.pdf</source>
      <translation>外包考核通报-{month}.pdf</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>保存 PDF</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Contractor bulletin {month}</source>
      <translation>外包服务考核通报 {month}</translation>
    </message>
    <message>
      <source>Written to
{path}</source>
      <translation>已写入
{path}</translation>
    </message>
    <message>
      <source>contractor-payment-{month}.xlsx</source>
      <translation>外包服务费付款明细-{month}.xlsx</translation>
    </message>
    <message>
      <source>Payment sheet</source>
      <translation>付款明细表</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Writing…</source>
      <translation>正在写入…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>已写入：{path}</translation>
    </message>
    <message>
      <source>The file could not be written: {error}</source>
      <translation>文件无法写入：{error}</translation>
    </message>
    <message>
      <source>Contractors</source>
      <translation>外包考核</translation>
    </message>
  </context>
  <context>
    <name>AttendanceDialog</name>
    <message>
      <source>Attendance: {title}</source>
      <translation>签到：{title}</translation>
    </message>
    <message>
      <source>{date} · {category} · {hours} hours · {place}</source>
      <translation>{date} · {category} · {hours} 学时 · {place}</translation>
    </message>
    <message>
      <source>All units</source>
      <translation>全部单位</translation>
    </message>
    <message>
      <source>Intended audience only</source>
      <translation>只看参训对象</translation>
    </message>
    <message>
      <source>Tick everyone shown present</source>
      <translation>当前列表全部记为出席</translation>
    </message>
    <message>
      <source>Mark the unmarked shown absent</source>
      <translation>未登记的记为缺席</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>出席</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Hours credited</source>
      <translation>认定学时</translation>
    </message>
    <message>
      <source>Mark present</source>
      <translation>标为出席</translation>
    </message>
    <message>
      <source>Mark absent</source>
      <translation>标为缺席</translation>
    </message>
    <message>
      <source>Mark excused</source>
      <translation>标为请假</translation>
    </message>
    <message>
      <source>Clear the mark</source>
      <translation>改为未登记</translation>
    </message>
    <message>
      <source>Not marked</source>
      <translation>未登记</translation>
    </message>
    <message>
      <source>{shown} people shown · on the sheet: {present} present, {absent} absent, {excused} excused</source>
      <translation>显示 {shown} 人 · 已登记：出席 {present} 人，缺席 {absent} 人，请假 {excused} 人</translation>
    </message>
    <message>
      <source> and {n} more</source>
      <translation>及另外 {n} 人</translation>
    </message>
    <message>
      <source>The session's hours were changed on another desktop since you opened this sheet.</source>
      <translation>打开签到表后，本次培训的学时已在其他电脑上被修改。</translation>
    </message>
    <message>
      <source>Since you opened this sheet, another desktop changed the marks of: {names}.</source>
      <translation>打开签到表后，以下人员的签到情况已在其他电脑上被修改：{names}。</translation>
    </message>
    <message>
      <source>Changed on another desktop</source>
      <translation>记录已被他人修改</translation>
    </message>
    <message>
      <source>Nothing was saved. The sheet now shows what is recorded; your other changes are kept. Check it and save again.</source>
      <translation>本次未保存任何内容。签到表已显示最新登记情况，您的其他修改仍然保留，请核对后再保存。</translation>
    </message>
  </context>
  <context>
    <name>AuditLogPage</name>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>修改前</translation>
    </message>
    <message>
      <source>After</source>
      <translation>修改后</translation>
    </message>
    <message>
      <source>Load more</source>
      <translation>加载更多</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>导出为 Excel…</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>不限</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>查询</translation>
    </message>
    <message>
      <source>From</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <source>To</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Table or event</source>
      <translation>数据类别或事件</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录编号</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Object</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>{n} entries</source>
      <translation>共 {n} 条</translation>
    </message>
    <message>
      <source>The newest {n} entries; more below</source>
      <translation>最近的 {n} 条，还有更早的记录</translation>
    </message>
    <message>
      <source>Audit log {date}.xlsx</source>
      <translation>审计日志 {date}.xlsx</translation>
    </message>
    <message>
      <source>Export the audit log</source>
      <translation>导出审计日志</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <source>{n} entries written to {path}</source>
      <translation>已将 {n} 条记录导出到 {path}</translation>
    </message>
    <message>
      <source>The file could not be written: {error}</source>
      <translation>文件无法写入：{error}</translation>
    </message>
    <message>
      <source>The export failed.</source>
      <translation>导出失败。</translation>
    </message>
  </context>
  <context>
    <name>AutoBackup</name>
    <message>
      <source>Automatic backup written to {path}</source>
      <translation>已自动备份到 {path}</translation>
    </message>
    <message>
      <source>The automatic backup failed: {error}</source>
      <translation>自动备份失败：{error}</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>备份</translation>
    </message>
  </context>
  <context>
    <name>CaseReviewDialog</name>
    <message>
      <source>Edit case-file review</source>
      <translation>编辑案卷评查</translation>
    </message>
    <message>
      <source>Add case-file review</source>
      <translation>新增案卷评查</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Reviewed on</source>
      <translation>评查日期</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>评查人</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <source>Case handlers</source>
      <translation>承办人</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>存在问题</translation>
    </message>
    <message>
      <source>each handler earns the excellent file's points</source>
      <translation>每位承办人记优秀案卷加分</translation>
    </message>
    <message>
      <source>each handler loses the failing file's points</source>
      <translation>每位承办人记不合格案卷扣分</translation>
    </message>
    <message>
      <source>no points</source>
      <translation>不加不扣</translation>
    </message>
  </context>
  <context>
    <name>CaseReviewsTab</name>
    <message>
      <source>Search case number, unit, handlers, problems…</source>
      <translation>搜索案号、单位、承办人、问题…</translation>
    </message>
    <message>
      <source>All grades</source>
      <translation>全部等次</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>评查日期</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Handlers</source>
      <translation>承办人</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>评查人</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>存在问题</translation>
    </message>
  </context>
  <context>
    <name>CertificateDialog</name>
    <message>
      <source>Add certificate</source>
      <translation>新增证照</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证照</translation>
    </message>
    <message>
      <source>No expiry</source>
      <translation>长期有效</translation>
    </message>
    <message>
      <source>Holder</source>
      <translation>持证人</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>证照类型</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>证号</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>发证日期</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>CertificatesTab</name>
    <message>
      <source>All certificates</source>
      <translation>全部证照</translation>
    </message>
    <message>
      <source>Expiring within 90 days</source>
      <translation>90 天内到期</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>{shown} of {total} certificates</source>
      <translation>{shown} / {total} 本证照</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>证件资格</translation>
    </message>
    <message>
      <source>Coverage by unit</source>
      <translation>各单位持证情况</translation>
    </message>
    <message>
      <source>Certificate coverage</source>
      <translation>持证情况</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证照</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>证号</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>发证日期</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Days left</source>
      <translation>剩余天数</translation>
    </message>
    <message>
      <source>Legal reviewers</source>
      <translation>法制审核员</translation>
    </message>
    <message>
      <source>With legal qualification</source>
      <translation>具备法律职业资格</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <source>Officers</source>
      <translation>在编执法人员</translation>
    </message>
    <message>
      <source>With valid enforcement certificate</source>
      <translation>持有效执法证</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <source>Change password</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <source>At least 8 characters, using 3 of: capital letters, small letters, digits, other signs. Not containing your user name, and not a common password.</source>
      <translation>至少 8 位，包含大写字母、小写字母、数字、其他符号中的至少三类；不能包含用户名，不能是常见密码。</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>当前密码</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <source>Repeat new password</source>
      <translation>再次输入新密码</translation>
    </message>
  </context>
  <context>
    <name>ChartsTab</name>
    <message>
      <source>Score distribution</source>
      <translation>分数分布</translation>
    </message>
    <message>
      <source>Squad scores</source>
      <translation>中队得分</translation>
    </message>
    <message>
      <source>Name, staff number or pinyin initials</source>
      <translation>姓名、工号或拼音首字母</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>显示：</translation>
    </message>
    <message>
      <source>Score distribution, {month}: people per 5 points</source>
      <translation>{month} 得分分布（每 5 分一档，单位：人）</translation>
    </message>
    <message>
      <source>Squad scores, {month}</source>
      <translation>{month} 中队得分</translation>
    </message>
    <message>
      <source>Average of your units</source>
      <translation>本单位平均分</translation>
    </message>
    <message>
      <source>Bureau average</source>
      <translation>全局平均分</translation>
    </message>
    <message>
      <source>One person…</source>
      <translation>指定人员…</translation>
    </message>
    <message>
      <source>Choose the person to follow</source>
      <translation>请选择要查看的人员</translation>
    </message>
    <message>
      <source>Computing…</source>
      <translation>计算中…</translation>
    </message>
    <message>
      <source>{subject}, last 12 months</source>
      <translation>近 12 个月{subject}</translation>
    </message>
    <message>
      <source>{squad}'s score, last 12 months</source>
      <translation>近 12 个月{squad}得分</translation>
    </message>
    <message>
      <source>{name}'s total, last 12 months</source>
      <translation>近 12 个月{name}总分</translation>
    </message>
    <message>
      <source>as of day {day}</source>
      <translation>截至 {day} 日</translation>
    </message>
    <message>
      <source>Could not compute the trend: {error}</source>
      <translation>无法计算趋势：{error}</translation>
    </message>
  </context>
  <context>
    <name>CloseComplaintDialog</name>
    <message>
      <source>Close complaint</source>
      <translation>办结投诉</translation>
    </message>
    <message>
      <source>Founded: the deduction of the catalogue's rule for it is booked on the closing date, against the person (or the unit).</source>
      <translation>属实：按细则对应条目在办结日期对责任人（或单位）记扣分。</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>办结</translation>
    </message>
  </context>
  <context>
    <name>CompaniesTab</name>
    <message>
      <source>New company…</source>
      <translation>新增企业…</translation>
    </message>
    <message>
      <source>Edit company…</source>
      <translation>编辑企业…</translation>
    </message>
    <message>
      <source>Companies</source>
      <translation>服务外包企业</translation>
    </message>
    <message>
      <source>Contractor companies</source>
      <translation>服务外包企业</translation>
    </message>
    <message>
      <source>New contract…</source>
      <translation>新增合同…</translation>
    </message>
    <message>
      <source>Edit contract…</source>
      <translation>编辑合同…</translation>
    </message>
    <message>
      <source>Contracts</source>
      <translation>服务合同</translation>
    </message>
    <message>
      <source>Contractor contracts</source>
      <translation>外包服务合同</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>企业</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Under contract</source>
      <translation>在合同期内</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>人员数</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Contract no.</source>
      <translation>合同编号</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>服务内容</translation>
    </message>
    <message>
      <source>Monthly fee (yuan)</source>
      <translation>月服务费（元）</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>终止日期</translation>
    </message>
    <message>
      <source>New contract</source>
      <translation>新增合同</translation>
    </message>
    <message>
      <source>Add the company first.</source>
      <translation>请先添加企业。</translation>
    </message>
  </context>
  <context>
    <name>CompanyDialog</name>
    <message>
      <source>Edit company</source>
      <translation>编辑企业</translation>
    </message>
    <message>
      <source>New contractor company</source>
      <translation>新增服务外包企业</translation>
    </message>
    <message>
      <source>Under contract (assessed every month)</source>
      <translation>在合同期内（每月考核）</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>企业名称</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>ComplaintDialog</name>
    <message>
      <source>Edit complaint</source>
      <translation>编辑投诉</translation>
    </message>
    <message>
      <source>Add complaint</source>
      <translation>新增投诉</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Person (case handler)</source>
      <translation>人员（案件承办人）</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Substance</source>
      <translation>内容</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsTab</name>
    <message>
      <source>Search person, unit, case number, substance…</source>
      <translation>搜索人员、单位、案号、内容…</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>All outcomes</source>
      <translation>全部结果</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Close…</source>
      <translation>办结…</translation>
    </message>
    <message>
      <source>Book deduction</source>
      <translation>记扣分</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Channel / case</source>
      <translation>渠道／案号</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>积分</translation>
    </message>
    <message>
      <source>Substance</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Corrected</source>
      <translation>纠错</translation>
    </message>
    <message>
      <source>Upheld</source>
      <translation>维持</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>败诉</translation>
    </message>
    <message>
      <source>Won</source>
      <translation>胜诉</translation>
    </message>
    <message>
      <source>void: {reason}</source>
      <translation>作废：{reason}</translation>
    </message>
    <message>
      <source>Deduction booked for the complaint</source>
      <translation>已对该投诉记扣分</translation>
    </message>
    <message>
      <source>Void complaint</source>
      <translation>作废投诉记录</translation>
    </message>
    <message>
      <source>Void this record? It stays on record as void; its deduction, if any, is voided with the same reason.</source>
      <translation>作废这条记录？记录保留并标为作废；如有扣分，以同一理由一并作废。</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>作废</translation>
    </message>
  </context>
  <context>
    <name>ContractDialog</name>
    <message>
      <source>Edit contract</source>
      <translation>编辑合同</translation>
    </message>
    <message>
      <source>New contract</source>
      <translation>新增合同</translation>
    </message>
    <message>
      <source>yuan a month, e.g. 128000.00</source>
      <translation>每月服务费（元），如 128000.00</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>企业</translation>
    </message>
    <message>
      <source>Contract no.</source>
      <translation>合同编号</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>服务内容</translation>
    </message>
    <message>
      <source>Monthly fee (yuan)</source>
      <translation>月服务费（元）</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>终止日期</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>ContractorSettingsPanel</name>
    <message>
      <source>A contractor's monthly score is 100 × the points given on the checklist ÷ its full marks, less the points below for each finding on the company's staff that month, never below 0. The score sets the share of the monthly fee paid; a score exactly on a line belongs to that line. Changing the checklist leaves past assessments as they were made.</source>
      <translation>外包企业月度得分 = 100 × 考核表实得分 ÷ 满分，再按当月该企业人员被发现的每个问题扣除下列分数，最低为 0 分。得分决定按月服务费的多少比例付款；得分恰好等于某行起始分时按该行付款。修改考核表不影响已完成的考核。</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>考核表</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>考核项目</translation>
    </message>
    <message>
      <source>Full marks</source>
      <translation>满分</translation>
    </message>
    <message>
      <source>Add item</source>
      <translation>添加项目</translation>
    </message>
    <message>
      <source>Remove item</source>
      <translation>删除项目</translation>
    </message>
    <message>
      <source>Points off per {severity} finding</source>
      <translation>每个“{severity}”问题扣分</translation>
    </message>
    <message>
      <source>Payment table</source>
      <translation>付款系数表</translation>
    </message>
    <message>
      <source>Score from</source>
      <translation>起始得分</translation>
    </message>
    <message>
      <source>Share of the fee paid (%)</source>
      <translation>付款比例（%）</translation>
    </message>
    <message>
      <source>Add line</source>
      <translation>添加一行</translation>
    </message>
    <message>
      <source>Remove line</source>
      <translation>删除一行</translation>
    </message>
    <message>
      <source>Elimination warning: score below</source>
      <translation>考核淘汰预警：得分低于</translation>
    </message>
    <message>
      <source>in at least this many months</source>
      <translation>至少达到的月数</translation>
    </message>
    <message>
      <source>within this many consecutive months</source>
      <translation>连续统计的月数</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>ContractorsPage</name>
    <message>
      <source>Contractor assessment</source>
      <translation>外包服务考核</translation>
    </message>
    <message>
      <source>Monthly assessment</source>
      <translation>月度考核</translation>
    </message>
    <message>
      <source>Companies and contracts</source>
      <translation>企业与合同</translation>
    </message>
    <message>
      <source>Contractor staff</source>
      <translation>外包人员</translation>
    </message>
  </context>
  <context>
    <name>CoverageTab</name>
    <message>
      <source>Units not inspected</source>
      <translation>未检查单位</translation>
    </message>
    <message>
      <source>All units to cover</source>
      <translation>全部应检查单位</translation>
    </message>
    <message>
      <source>Inspection coverage</source>
      <translation>督察覆盖率</translation>
    </message>
    <message>
      <source>A unit is covered when an inspection dated in the period (first and last day included) names it. Counted over the active units, the bureau itself excepted; closed units are left out.</source>
      <translation>期内（含首尾两日）开展的督察检查列明该单位的，即视为已覆盖。按在用单位计算，局本级不计，已撤销单位不计入。</translation>
    </message>
    <message>
      <source>Inspection coverage, {start} to {end}</source>
      <translation>督察覆盖情况（{start}至{end}）</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>检查次数</translation>
    </message>
    <message>
      <source>Last inspected</source>
      <translation>最近检查日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Inspected</source>
      <translation>已检查</translation>
    </message>
    <message>
      <source>Not inspected</source>
      <translation>未检查</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>{start}至{end}</translation>
    </message>
    <message>
      <source>{covered} of {total} units inspected; {missing} not yet</source>
      <translation>{total}个单位中已检查{covered}个，尚有{missing}个未检查</translation>
    </message>
  </context>
  <context>
    <name>DataTable</name>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Columns…</source>
      <translation>列…</translation>
    </message>
    <message>
      <source>Reset columns</source>
      <translation>恢复默认列</translation>
    </message>
  </context>
  <context>
    <name>DeactivateDialog</name>
    <message>
      <source>Deactivate person</source>
      <translation>停用人员</translation>
    </message>
    <message>
      <source>Their records stay; they leave the active lists and future rankings.</source>
      <translation>其各项记录予以保留，但不再列入在岗人员名单及此后的排名。</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Effective date</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>DecisionSettingsPanel</name>
    <message>
      <source>Who is proposed for commendation (评优评先) and rotation (轮岗) each year, and how many people the red and black lists (红黑榜) name. The lists give each person's reasons; changing these criteria changes no grade.</source>
      <translation>每年评优评先和轮岗人选的条件，以及红黑榜列入的人数。名单逐人列明理由；修改这些条件不会改变任何考核等次。</translation>
    </message>
    <message>
      <source>not used</source>
      <translation>不启用</translation>
    </message>
    <message>
      <source>Count months not yet finalised, at their provisional grades</source>
      <translation>未定稿月份按暂定等次纳入统计</translation>
    </message>
    <message>
      <source>Commendation: excellent months at least</source>
      <translation>评优：优秀月数不少于</translation>
    </message>
    <message>
      <source>Commendation: fails at most</source>
      <translation>评优：不合格月数不多于</translation>
    </message>
    <message>
      <source>Rotation: basic-pass or fail months at least</source>
      <translation>轮岗：基本合格或不合格月数不少于</translation>
    </message>
    <message>
      <source>Rotation: years in the same squad at least</source>
      <translation>轮岗：在同一中队年限不少于</translation>
    </message>
    <message>
      <source>Red and black lists: top and bottom</source>
      <translation>红黑榜：前后各列人数</translation>
    </message>
    <message>
      <source>Months counted</source>
      <translation>未定稿月份</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>DecisionsReportPanel</name>
    <message>
      <source>Red and black lists, quarterly and annual rankings (PDF, A4)</source>
      <translation>红黑榜、季度晾晒与年度排名（PDF，A4）</translation>
    </message>
    <message>
      <source>Month {month}</source>
      <translation>{month}月</translation>
    </message>
    <message>
      <source>Quarter {quarter}</source>
      <translation>第{quarter}季度</translation>
    </message>
    <message>
      <source>Preview and print…</source>
      <translation>预览并打印…</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>保存 PDF…</translation>
    </message>
    <message>
      <source>Red and black lists (红黑榜) for:</source>
      <translation>红黑榜：</translation>
    </message>
    <message>
      <source>Quarterly publication, Q{quarter}</source>
      <translation>季度晾晒通报（第{quarter}季度）</translation>
    </message>
    <message>
      <source>Annual ranking with the year's stars</source>
      <translation>年度排名及年度之星</translation>
    </message>
    <message>
      <source>Quarterly publication or annual ranking:</source>
      <translation>季度晾晒或年度排名：</translation>
    </message>
    <message>
      <source>Red and black lists {period}</source>
      <translation>红黑榜 {period}</translation>
    </message>
    <message>
      <source>Annual ranking {year}</source>
      <translation>{year}年度排名通报</translation>
    </message>
    <message>
      <source>Quarterly publication {year} Q{quarter}</source>
      <translation>{year}年第{quarter}季度晾晒通报</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>保存 PDF</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Writing {title}…</source>
      <translation>正在生成{title}…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>已生成：{path}</translation>
    </message>
    <message>
      <source>The report could not be written: {error}</source>
      <translation>报表生成失败：{error}</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报表</translation>
    </message>
  </context>
  <context>
    <name>DecisionsTab</name>
    <message>
      <source>Commendation candidates (评优)</source>
      <translation>评优评先人选</translation>
    </message>
    <message>
      <source>Rotation candidates (轮岗)</source>
      <translation>轮岗人选</translation>
    </message>
    <message>
      <source>Search staff number, name, unit, reason…</source>
      <translation>搜索工号、姓名、单位、理由…</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>年度：</translation>
    </message>
    <message>
      <source>{list} {year}</source>
      <translation>{year}年{list}</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>人员类别</translation>
    </message>
    <message>
      <source>Months counted</source>
      <translation>统计月数</translation>
    </message>
    <message>
      <source>Excellent</source>
      <translation>优秀</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>Basic pass or fail</source>
      <translation>基本合格或不合格</translation>
    </message>
    <message>
      <source>Why listed</source>
      <translation>列入理由</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>Counting the year's grades…</source>
      <translation>正在统计全年考核等次…</translation>
    </message>
    <message>
      <source>Listed: at least {n} excellent months and no fail in the year.</source>
      <translation>列入条件：年内优秀不少于{n}个月且无不合格。</translation>
    </message>
    <message>
      <source>Listed: at least {n} excellent months and at most {f} fails in the year.</source>
      <translation>列入条件：年内优秀不少于{n}个月且不合格不多于{f}个月。</translation>
    </message>
    <message>
      <source>Listed: at least {n} months basic pass or fail in the year, or at least {y} full years in the same squad by {day}.</source>
      <translation>列入条件：年内基本合格或不合格不少于{n}个月，或截至{day}在同一中队满{y}年。</translation>
    </message>
    <message>
      <source>Listed: at least {n} months basic pass or fail in the year.</source>
      <translation>列入条件：年内基本合格或不合格不少于{n}个月。</translation>
    </message>
    <message>
      <source>{n} people. {rule} {months}</source>
      <translation>共{n}人。{rule}{months}</translation>
    </message>
    <message>
      <source>Could not draw up the list: {error}</source>
      <translation>名单生成失败：{error}</translation>
    </message>
  </context>
  <context>
    <name>EntriesTab</name>
    <message>
      <source>Search staff number, name, unit, rule…</source>
      <translation>搜索工号、姓名、单位、细则…</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>New entry…</source>
      <translation>新增记录…</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>Point entries</source>
      <translation>积分记录</translation>
    </message>
    <message>
      <source>Entries of this person…</source>
      <translation>查看此人积分记录…</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>细则编号</translation>
    </message>
    <message>
      <source>Rule text</source>
      <translation>细则内容</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>录入人</translation>
    </message>
    <message>
      <source>{n} entries in {month}; approved awards {awards}, approved deductions {deductions} (before the monthly caps); {pending} awaiting approval.</source>
      <translation>{month} 共 {n} 条记录；已通过的加分 {awards}、扣分 {deductions}（未计月封顶）；待审核 {pending} 条。</translation>
    </message>
    <message>
      <source>{month} is finalised: entries dated in it are refused until an administrator reopens it.</source>
      <translation>{month} 已定稿：该月记录不再受理，直至管理员重新开放。</translation>
    </message>
    <message>
      <source>Void {rule} of {name} on {date} ({points} points)? The entry stays on record as void, with your reason, and no longer counts.</source>
      <translation>作废 {name} {date} 的 {rule}（{points} 分）？该记录将标为作废并保留作废原因，不再计分。</translation>
    </message>
    <message>
      <source>Void entry</source>
      <translation>作废积分记录</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>作废</translation>
    </message>
    <message>
      <source>Voided: {rule} of {name}</source>
      <translation>已作废：{name} 的 {rule}</translation>
    </message>
    <message>
      <source>{shown} of {total} entries</source>
      <translation>共 {total} 条，显示 {shown} 条</translation>
    </message>
    <message>
      <source>Recorded {n} entries</source>
      <translation>已录入 {n} 条记录</translation>
    </message>
  </context>
  <context>
    <name>EntryDialog</name>
    <message>
      <source>New point entry</source>
      <translation>新增积分记录</translation>
    </message>
    <message>
      <source>Type a code or words of the rule…</source>
      <translation>输入细则编号或内容关键字…</translation>
    </message>
    <message>
      <source>What happened (case number, place …)</source>
      <translation>事由（案件编号、地点等）</translation>
    </message>
    <message>
      <source>Where the proof is kept (file, photo, ledger)</source>
      <translation>佐证存放处（文件、照片、台账）</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>考核细则</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>For</source>
      <translation>记分对象</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>佐证材料</translation>
    </message>
    <message>
      <source>Entries you record wait for a supervisor's approval.</source>
      <translation>您录入的记录须经督察员审核通过后计分。</translation>
    </message>
    <message>
      <source>One person</source>
      <translation>个人</translation>
    </message>
    <message>
      <source>Several people (batch)</source>
      <translation>多人（批量）</translation>
    </message>
    <message>
      <source>A unit as a whole</source>
      <translation>单位整体</translation>
    </message>
    <message>
      <source>Tick all</source>
      <translation>全选</translation>
    </message>
    <message>
      <source>Tick none</source>
      <translation>全不选</translation>
    </message>
    <message>
      <source>{n} of {total} ticked</source>
      <translation>已勾选 {n} / {total} 人</translation>
    </message>
    <message>
      <source>{code}　{text}　({points} per {unit})</source>
      <translation>{code}　{text}　（每{unit} {points} 分）</translation>
    </message>
    <message>
      <source>No rule set is in force on this date.</source>
      <translation>该日期没有生效的考核细则。</translation>
    </message>
    <message>
      <source>{points} per {unit}</source>
      <translation>每{unit} {points} 分</translation>
    </message>
    <message>
      <source>at most {cap} a month</source>
      <translation>每月封顶 {cap} 分</translation>
    </message>
    <message>
      <source>needs approval</source>
      <translation>需审核</translation>
    </message>
    <message>
      <source>{count} {unit}: {points} points each person</source>
      <translation>{count}{unit}：每人 {points} 分</translation>
    </message>
  </context>
  <context>
    <name>ExamDialog</name>
    <message>
      <source>New exam</source>
      <translation>新建考试</translation>
    </message>
    <message>
      <source>Exam</source>
      <translation>考试</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Pass mark</source>
      <translation>及格分</translation>
    </message>
    <message>
      <source>After the session</source>
      <translation>所属培训</translation>
    </message>
  </context>
  <context>
    <name>ExamsTab</name>
    <message>
      <source>New exam…</source>
      <translation>新建考试…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Scores…</source>
      <translation>成绩…</translation>
    </message>
    <message>
      <source>Exams</source>
      <translation>考试</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Exam</source>
      <translation>考试</translation>
    </message>
    <message>
      <source>Pass mark</source>
      <translation>及格分</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>参考</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>Pass rate</source>
      <translation>合格率</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>平均分</translation>
    </message>
    <message>
      <source>After the session</source>
      <translation>所属培训</translation>
    </message>
    <message>
      <source>{n} exams, {sat} papers sat, {passed} passed ({rate})</source>
      <translation>共 {n} 场考试，参考 {sat} 人次，合格 {passed} 人次（{rate}）</translation>
    </message>
  </context>
  <context>
    <name>FinaliseDialog</name>
    <message>
      <source>Finalise {month}</source>
      <translation>月度定稿：{month}</translation>
    </message>
    <message>
      <source>Finalising takes a snapshot of {month}'s results — totals, ranks, grades and stars — and locks the month: entries dated in it are refused until an administrator reopens it with a reason.</source>
      <translation>定稿将保存 {month} 考核结果的快照（总分、名次、等次和之星）并锁定该月：该月日期的记录将不再受理，直至管理员说明理由后重新开放。</translation>
    </message>
    <message>
      <source>{n} people ranked: {grades}</source>
      <translation>参加排名 {n} 人：{grades}</translation>
    </message>
    <message>
      <source>{n} entries dated in the month still await approval; they will not count.</source>
      <translation>该月仍有 {n} 条记录待审核，定稿后这些记录不计分。</translation>
    </message>
    <message>
      <source>{month} is not over yet: entries for its remaining days will be refused.</source>
      <translation>{month} 尚未结束：定稿后该月剩余日期的记录将不再受理。</translation>
    </message>
    <message>
      <source>Finalise</source>
      <translation>定稿</translation>
    </message>
  </context>
  <context>
    <name>FindingDialog</name>
    <message>
      <source>Edit finding</source>
      <translation>编辑问题</translation>
    </message>
    <message>
      <source>Add finding</source>
      <translation>新增问题</translation>
    </message>
    <message>
      <source>(not from a recorded inspection)</source>
      <translation>（不属于已登记的检查）</translation>
    </message>
    <message>
      <source>Name the person responsible, or only the unit for a unit's finding.</source>
      <translation>选择责任人；单位问题只选责任单位。</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>所属检查</translation>
    </message>
    <message>
      <source>Found on</source>
      <translation>发现日期</translation>
    </message>
    <message>
      <source>Person responsible</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Unit responsible</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <source>Checklist topic</source>
      <translation>检查内容</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
  </context>
  <context>
    <name>FindingStepDialog</name>
    <message>
      <source>Assign for rectification</source>
      <translation>交办整改</translation>
    </message>
    <message>
      <source>Record the rectification</source>
      <translation>登记整改情况</translation>
    </message>
    <message>
      <source>Verify the rectification</source>
      <translation>复核整改</translation>
    </message>
    <message>
      <source>Send back for rectification</source>
      <translation>退回重新整改</translation>
    </message>
    <message>
      <source>Assign</source>
      <translation>交办</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>复核通过</translation>
    </message>
    <message>
      <source>Send back</source>
      <translation>退回</translation>
    </message>
    <message>
      <source>{who} — {topic} ({severity}), found {date}: {text}</source>
      <translation>{who} — {topic}（{severity}），{date}发现：{text}</translation>
    </message>
    <message>
      <source>Assigned on</source>
      <translation>交办日期</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Sent back: {reason}</source>
      <translation>退回理由：{reason}</translation>
    </message>
    <message>
      <source>Rectified on</source>
      <translation>整改日期</translation>
    </message>
    <message>
      <source>What was done</source>
      <translation>整改情况</translation>
    </message>
    <message>
      <source>Rectified {date}: {text}</source>
      <translation>{date}整改：{text}</translation>
    </message>
    <message>
      <source>Checked on</source>
      <translation>复核日期</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Why it is not accepted</source>
      <translation>退回理由</translation>
    </message>
    <message>
      <source>New deadline</source>
      <translation>新整改期限</translation>
    </message>
  </context>
  <context>
    <name>FindingsTab</name>
    <message>
      <source>Search unit, person, topic, description…</source>
      <translation>搜索单位、人员、检查内容、问题描述…</translation>
    </message>
    <message>
      <source>Open and overdue</source>
      <translation>未办结及逾期</translation>
    </message>
    <message>
      <source>Found this month</source>
      <translation>本月发现</translation>
    </message>
    <message>
      <source>Found this year</source>
      <translation>本年发现</translation>
    </message>
    <message>
      <source>All findings</source>
      <translation>全部问题</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期未整改</translation>
    </message>
    <message>
      <source>All severities</source>
      <translation>全部严重程度</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Assign…</source>
      <translation>交办…</translation>
    </message>
    <message>
      <source>Rectified…</source>
      <translation>登记整改…</translation>
    </message>
    <message>
      <source>Verify…</source>
      <translation>复核…</translation>
    </message>
    <message>
      <source>Send back…</source>
      <translation>退回…</translation>
    </message>
    <message>
      <source>Book deduction</source>
      <translation>记扣分</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>档案</translation>
    </message>
    <message>
      <source>Overdue by {n} days</source>
      <translation>逾期{n}天</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>发现日期</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>检查内容</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Deduction</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <source>Inspection: {title}</source>
      <translation>所属检查：{title}</translation>
    </message>
    <message>
      <source>assigned {date}</source>
      <translation>{date}交办</translation>
    </message>
    <message>
      <source>rectified {date}: {text}</source>
      <translation>{date}整改：{text}</translation>
    </message>
    <message>
      <source>sent back: {reason}</source>
      <translation>退回：{reason}</translation>
    </message>
    <message>
      <source>verified {date}</source>
      <translation>{date}复核通过</translation>
    </message>
    <message>
      <source>void: {reason}</source>
      <translation>作废：{reason}</translation>
    </message>
    <message>
      <source>Deduction booked for the finding</source>
      <translation>已对该问题记扣分</translation>
    </message>
    <message>
      <source>Void finding</source>
      <translation>作废问题</translation>
    </message>
    <message>
      <source>Void this finding? It stays on record as void and counts nowhere; its deduction, if any, is voided with the same reason.</source>
      <translation>作废这个问题？记录保留并标为作废，不再计入统计；如有扣分，以同一理由一并作废。</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>作废</translation>
    </message>
  </context>
  <context>
    <name>FirstAdminDialog</name>
    <message>
      <source>Set up the bureau</source>
      <translation>设置本局</translation>
    </message>
    <message>
      <source>This database is new. Name the bureau and create the supervision chief's account, who runs the reviews and keeps the rule catalogue; and, best now, the system administrator, who adds the other accounts.</source>
      <translation>这是一个新数据库。请填写本局名称，创建督察队长账号（负责组织考核、维护考核细则），并建议同时创建系统管理员账号（负责添加其他账号）。</translation>
    </message>
    <message>
      <source>e.g. 临江市综合行政执法局</source>
      <translation>例如：临江市综合行政执法局</translation>
    </message>
    <message>
      <source>Bureau</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>确认密码</translation>
    </message>
    <message>
      <source>e.g. sysadmin (optional)</source>
      <translation>例如 sysadmin（可选）</translation>
    </message>
    <message>
      <source>System administrator (adds the accounts)</source>
      <translation>系统管理员（负责添加账号）</translation>
    </message>
    <message>
      <source>Bureau language</source>
      <translation>本单位语言</translation>
    </message>
    <message>
      <source>Install the defaults: the rule catalogue, grade scheme, training requirements and warning rules (all can be changed later)</source>
      <translation>安装默认设置：考核细则、等次办法、学时要求和预警规则（以后均可修改）</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <source>The system administrator's two passwords differ.</source>
      <translation>系统管理员两次输入的密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>FirstAdministratorDialog</name>
    <message>
      <source>Appoint the system administrator</source>
      <translation>任命系统管理员</translation>
    </message>
    <message>
      <source>The system administrator adds the accounts. Until the bureau appoints a security and an audit administrator, this account also holds their duties, and the separation-of-duties setting says so.</source>
      <translation>系统管理员负责添加账号。在本局任命安全管理员和审计管理员之前，该账号同时承担这两项职责，“三员兼任”设置会如实标明。</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>确认密码</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>GradeHistoryView</name>
    <message>
      <source>The grade of every finalised month, year by year, and how many months of each grade. A month not finalised shows no grade.</source>
      <translation>逐年列出每个已定稿月份的考核等次及各等次月数；未定稿的月份不显示等次。</translation>
    </message>
    <message>
      <source>Grades by year</source>
      <translation>历年考核等次</translation>
    </message>
    <message>
      <source>No finalised month ranks this person yet.</source>
      <translation>该人员尚无已定稿月份的考核结果。</translation>
    </message>
    <message>
      <source>{month}</source>
      <translation>{month}月</translation>
    </message>
    <message>
      <source>{grade} months</source>
      <translation>{grade}月数</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
  </context>
  <context>
    <name>GridHabits</name>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import entries</source>
      <translation>导入积分数据</translation>
    </message>
    <message>
      <source>Case statistics from the enforcement platform</source>
      <translation>办案数据（执法平台导出）</translation>
    </message>
    <message>
      <source>Point entries</source>
      <translation>积分记录</translation>
    </message>
    <message>
      <source>Training attendance (sign-in sheet)</source>
      <translation>培训签到表</translation>
    </message>
    <message>
      <source>Inspection findings</source>
      <translation>督察问题</translation>
    </message>
    <message>
      <source>Roster (people and units, from HR)</source>
      <translation>人员花名册（人员和单位，来自人事部门）</translation>
    </message>
    <message>
      <source>An .xlsx or .csv file</source>
      <translation>.xlsx 或 .csv 文件</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>Save a blank template…</source>
      <translation>保存空白模板…</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Import file</source>
      <translation>导入文件</translation>
    </message>
    <message>
      <source>Spreadsheets (*.xlsx *.csv)</source>
      <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Save template</source>
      <translation>保存模板</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>The template could not be written: {error}</source>
      <translation>模板无法保存：{error}</translation>
    </message>
    <message>
      <source>Template saved: {path}</source>
      <translation>模板已保存：{path}</translation>
    </message>
    <message>
      <source>Choose the file first.</source>
      <translation>请先选择文件。</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <source>The file is correct: {rows} rows, {created} entries for {months} ({replaced} earlier ones would be replaced). Press Import to save them.</source>
      <translation>文件无误：共 {rows} 行，将为 {months} 生成 {created} 条积分记录（替换此前导入的 {replaced} 条）。点击“导入”保存。</translation>
    </message>
    <message>
      <source>Imported: {created} entries for {months}, {pending} awaiting approval, {replaced} earlier ones replaced.</source>
      <translation>已导入：{months} 共 {created} 条积分记录，其中 {pending} 条待审核，替换此前导入的 {replaced} 条。</translation>
    </message>
    <message>
      <source>The file is correct: {rows} rows. The plan: {counts}. Nothing is saved yet: press Import to apply it.</source>
      <translation>文件无误：共 {rows} 行。导入将：{counts}。尚未保存任何内容：按“导入”执行。</translation>
    </message>
    <message>
      <source>The roster is imported: {counts}.</source>
      <translation>花名册已导入：{counts}。</translation>
    </message>
    <message>
      <source>The file is correct: {rows} rows, {findings} findings, {deductions} deductions ({points} points). Press Import to save them.</source>
      <translation>文件无误：{rows}行，{findings}个问题，{deductions}笔扣分（{points}分）。按“导入”保存。</translation>
    </message>
    <message>
      <source>Imported: {findings} findings, open for assignment; {deductions} deductions booked ({points} points).</source>
      <translation>已导入：{findings}个问题（待交办）；记扣分{deductions}笔（{points}分）。</translation>
    </message>
    <message>
      <source>The file is correct: {rows} rows for {sessions} sessions ({created} new marks, {updated} replaced; {booked} absence deductions). Press Import to save them.</source>
      <translation>文件无误：共 {rows} 行，涉及 {sessions} 场培训（新增 {created} 条，替换 {updated} 条；缺席扣分 {booked} 条）。点击“导入”保存。</translation>
    </message>
    <message>
      <source>Imported: {created} attendance marks added and {updated} replaced in {sessions} sessions; {booked} absence deductions booked.</source>
      <translation>已导入：{sessions} 场培训新增签到记录 {created} 条、替换 {updated} 条；登记缺席扣分 {booked} 条。</translation>
    </message>
    <message>
      <source>The file was not imported: {n} problems, listed below. Nothing was saved.</source>
      <translation>文件未导入：发现 {n} 个问题，列于下方。未保存任何数据。</translation>
    </message>
    <message>
      <source>The file could not be read.</source>
      <translation>无法读取该文件。</translation>
    </message>
  </context>
  <context>
    <name>InspectionDialog</name>
    <message>
      <source>Edit inspection</source>
      <translation>编辑检查</translation>
    </message>
    <message>
      <source>Add inspection</source>
      <translation>新增检查</translation>
    </message>
    <message>
      <source>e.g. 城东中队夜间执勤突击检查</source>
      <translation>如：城东中队夜间执勤突击检查</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Units inspected</source>
      <translation>被检查单位</translation>
    </message>
    <message>
      <source>People checked</source>
      <translation>被检查人员</translation>
    </message>
    <message>
      <source>Inspectors</source>
      <translation>检查人员</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查内容</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>InspectionsTab</name>
    <message>
      <source>Search title, units, people, inspectors…</source>
      <translation>搜索名称、单位、人员、检查人员…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Add finding…</source>
      <translation>登记问题…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>被检查单位</translation>
    </message>
    <message>
      <source>People</source>
      <translation>被检查人员</translation>
    </message>
    <message>
      <source>Inspectors</source>
      <translation>检查人员</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>问题数</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>检查内容</translation>
    </message>
    <message>
      <source>Finding recorded</source>
      <translation>问题已登记</translation>
    </message>
  </context>
  <context>
    <name>IntegrityChartsTab</name>
    <message>
      <source>Last 12 months</source>
      <translation>近12个月</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>本年度</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>督察检查</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>发现问题</translation>
    </message>
    <message>
      <source>Rectification rate</source>
      <translation>整改率</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期未整改</translation>
    </message>
    <message>
      <source>Integrity talks</source>
      <translation>廉政谈话</translation>
    </message>
    <message>
      <source>Open warnings</source>
      <translation>待处置预警</translation>
    </message>
    <message>
      <source>Findings by topic</source>
      <translation>按检查内容</translation>
    </message>
    <message>
      <source>Findings by unit</source>
      <translation>按单位</translation>
    </message>
    <message>
      <source>Findings by month</source>
      <translation>按月份</translation>
    </message>
    <message>
      <source>Open the findings of the period</source>
      <translation>查看本期间发现的问题</translation>
    </message>
    <message>
      <source>{start} to {end}; deadlines judged on {today}</source>
      <translation>{start} 至 {end}；整改期限以 {today} 为准</translation>
    </message>
    <message>
      <source>{units} units, {people} people checked</source>
      <translation>检查单位 {units} 个、人员 {people} 人</translation>
    </message>
    <message>
      <source>, </source>
      <translation>，</translation>
    </message>
    <message>
      <source>{verified} of {due} due verified</source>
      <translation>到期 {due} 个，已销号 {verified} 个</translation>
    </message>
    <message>
      <source>past the deadline, not rectified</source>
      <translation>超过期限仍未整改</translation>
    </message>
    <message>
      <source>held in the period</source>
      <translation>本期开展</translation>
    </message>
    <message>
      <source>{critical} critical; {fired} raised in the period</source>
      <translation>其中严重预警 {critical} 条；期内新发 {fired} 条</translation>
    </message>
    <message>
      <source>(as of day {day})</source>
      <translation>（截至 {day} 日）</translation>
    </message>
  </context>
  <context>
    <name>IntegrityPage</name>
    <message>
      <source>Integrity</source>
      <translation>廉政督察</translation>
    </message>
    <message>
      <source>Inspections</source>
      <translation>督察检查</translation>
    </message>
    <message>
      <source>New findings</source>
      <translation>新发现问题</translation>
    </message>
    <message>
      <source>Open findings</source>
      <translation>未办结问题</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>Rectification rate</source>
      <translation>整改率</translation>
    </message>
    <message>
      <source>Pledge coverage</source>
      <translation>承诺书签订率</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>问题清单</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉信访</translation>
    </message>
    <message>
      <source>Case reviews</source>
      <translation>案卷评查</translation>
    </message>
    <message>
      <source>Registers</source>
      <translation>廉政台账</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>统计分析</translation>
    </message>
    <message>
      <source>Coverage</source>
      <translation>检查覆盖</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>预警</translation>
    </message>
    <message>
      <source>Open the open findings</source>
      <translation>查看未办结问题</translation>
    </message>
    <message>
      <source>Open the overdue findings</source>
      <translation>查看逾期未整改的问题</translation>
    </message>
    <message>
      <source>Open the open warnings</source>
      <translation>查看待处置预警</translation>
    </message>
    <message>
      <source>held in {month}</source>
      <translation>{month} 开展</translation>
    </message>
    <message>
      <source>found in {month}</source>
      <translation>{month} 发现</translation>
    </message>
    <message>
      <source>not yet verified; void findings not counted</source>
      <translation>尚未复核 · 不含已作废</translation>
    </message>
    <message>
      <source>deadline passed, rectification still owed</source>
      <translation>已过整改期限，尚未整改到位</translation>
    </message>
    <message>
      <source>{verified} of {due} findings of {year} due by today verified</source>
      <translation>{year}年截至今日到期问题 {due} 个，已复核 {verified} 个</translation>
    </message>
    <message>
      <source>{signed} of {people} people signed for {year}</source>
      <translation>{people} 人中已有 {signed} 人签订{year}年度承诺书</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>The console is locked</source>
      <translation>控制台已锁定</translation>
    </message>
    <message>
      <source>Nobody used the console for a while. {name} ({username}): enter your password to go on.</source>
      <translation>控制台已有一段时间无人操作。{name}（{username}），请输入密码继续使用。</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>注销</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Sign in to Ducha</source>
      <translation>登录督察管理系统</translation>
    </message>
    <message>
      <source>Ducha supervisory console</source>
      <translation>督察管理系统</translation>
    </message>
    <message>
      <source>Database: {db}</source>
      <translation>数据库：{db}</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Ducha — supervisory console</source>
      <translation>督察管理系统</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>总览</translation>
    </message>
    <message>
      <source>Performance</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <source>Integrity</source>
      <translation>廉政督察</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>教育培训</translation>
    </message>
    <message>
      <source>Contractors</source>
      <translation>外包考核</translation>
    </message>
    <message>
      <source>People &amp; Units</source>
      <translation>人员与单位</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>系统设置</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Month:</source>
      <translation>月份：</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Back up database…</source>
      <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
      <source>Change &amp;password…</source>
      <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
      <source>Sign &amp;out</source>
      <translation>注销(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <source>Previous month</source>
      <translation>上个月</translation>
    </message>
    <message>
      <source>Next month</source>
      <translation>下个月</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Verify a printed bulletin…</source>
      <translation>核验纸质通报(&amp;V)…</translation>
    </message>
    <message>
      <source>Verify the &amp;audit log</source>
      <translation>校验审计日志(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;About Ducha</source>
      <translation>关于督察管理系统(&amp;A)</translation>
    </message>
    <message>
      <source>Database: {db}</source>
      <translation>数据库：{db}</translation>
    </message>
    <message>
      <source>User: {name} ({username})</source>
      <translation>用户：{name}（{username}）</translation>
    </message>
    <message>
      <source>Role: {role}</source>
      <translation>角色：{role}</translation>
    </message>
    <message>
      <source>Your password expires in {days} day(s). Change it from File → Change password before then.</source>
      <translation>您的密码将在 {days} 天后过期，请在此之前通过“文件 → 修改密码”进行修改。</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>密码已修改。</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>备份已保存至 {path}</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>The backup was restored. The database it replaced was kept as {path}.
Please sign in again.</source>
      <translation>备份已恢复。被替换的数据库已留存为 {path}。
请重新登录。</translation>
    </message>
    <message>
      <source>Checking the audit log and every record…</source>
      <translation>正在校验审计日志和每条记录…</translation>
    </message>
    <message>
      <source>{mb} MB</source>
      <translation>{mb} MB</translation>
    </message>
    <message>
      <source>shared database server</source>
      <translation>共享数据库服务器</translation>
    </message>
    <message>
      <source>About Ducha</source>
      <translation>关于督察管理系统</translation>
    </message>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Ducha (督察) {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Supervisory console for the supervision squad of an administrative law-enforcement bureau: points-based performance review, integrity checks and training hours.&lt;/p&gt;&lt;p&gt;Database: {where}&lt;br&gt;Size: {size}&lt;br&gt;Data structure version: {schema}&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;督察 {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;综合行政执法局督察队的督察工作台：全员积分制绩效考核、廉政督察和教育培训学时。&lt;/p&gt;&lt;p&gt;数据库：{where}&lt;br&gt;大小：{size}&lt;br&gt;数据结构版本：{schema}&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MajorMatterDialog</name>
    <message>
      <source>Edit major-matter report</source>
      <translation>编辑重大事项报告</translation>
    </message>
    <message>
      <source>Add major-matter report</source>
      <translation>新增重大事项报告</translation>
    </message>
    <message>
      <source>e.g. 子女婚嫁操办事宜</source>
      <translation>如：子女婚嫁操办事宜</translation>
    </message>
    <message>
      <source>Person reporting</source>
      <translation>报告人</translation>
    </message>
    <message>
      <source>Reported on</source>
      <translation>报告日期</translation>
    </message>
    <message>
      <source>Matter</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>MajorMattersTab</name>
    <message>
      <source>Search person, unit, matter…</source>
      <translation>搜索人员、单位、事项…</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>报告日期</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Matter</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>MonthPicker</name>
    <message>
      <source>Previous month</source>
      <translation>上个月</translation>
    </message>
    <message>
      <source>Next month</source>
      <translation>下个月</translation>
    </message>
    <message>
      <source>yyyy-MM</source>
      <translation>yyyy年MM月</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <source>Overview</source>
      <translation>总览</translation>
    </message>
    <message>
      <source>People on strength</source>
      <translation>在岗人数</translation>
    </message>
    <message>
      <source>Average score this month</source>
      <translation>本月平均分</translation>
    </message>
    <message>
      <source>Open findings</source>
      <translation>未办结问题</translation>
    </message>
    <message>
      <source>Average training hours</source>
      <translation>人均培训学时</translation>
    </message>
    <message>
      <source>Open warnings</source>
      <translation>待处置预警</translation>
    </message>
    <message>
      <source>Inspection coverage</source>
      <translation>督察覆盖率</translation>
    </message>
    <message>
      <source>Open the people on strength</source>
      <translation>查看在岗人员</translation>
    </message>
    <message>
      <source>Open this month's ranking</source>
      <translation>查看本月排名</translation>
    </message>
    <message>
      <source>Open the open findings</source>
      <translation>查看未办结问题</translation>
    </message>
    <message>
      <source>Open everyone's training progress</source>
      <translation>查看全体在岗人员的学时进度</translation>
    </message>
    <message>
      <source>Open the open warnings</source>
      <translation>查看待处置预警</translation>
    </message>
    <message>
      <source>Open the units not inspected this month</source>
      <translation>查看本月未检查的单位</translation>
    </message>
    <message>
      <source>People by unit</source>
      <translation>各单位人数</translation>
    </message>
    <message>
      <source>{category} {n}</source>
      <translation>{category} {n} 人</translation>
    </message>
    <message>
      <source>nobody ranked this month</source>
      <translation>本月无人参加排名</translation>
    </message>
    <message>
      <source>{month}, base score plus approved points</source>
      <translation>{month}，基础分加已通过的加减分</translation>
    </message>
    <message>
      <source>void findings not counted; {n} overdue</source>
      <translation>不含已作废 · 其中逾期 {n} 项</translation>
    </message>
    <message>
      <source>{hours} h</source>
      <translation>{hours} 学时</translation>
    </message>
    <message>
      <source>over {n} people on strength; {total} h in {year}</source>
      <translation>按 {n} 名在岗人员 · {year} 年共 {total} 学时</translation>
    </message>
    <message>
      <source>{covered} of {total} units inspected in {month}</source>
      <translation>{month}已检查{covered}个单位，共{total}个</translation>
    </message>
    <message>
      <source>{critical} critical, {warning} warnings</source>
      <translation>严重预警 {critical} 条，预警 {warning} 条</translation>
    </message>
    <message>
      <source>Average score of your unit, last 12 months</source>
      <translation>近 12 个月本单位平均分</translation>
    </message>
    <message>
      <source>Bureau average score, last 12 months</source>
      <translation>近 12 个月全局平均分</translation>
    </message>
    <message>
      <source>as of day {day}</source>
      <translation>截至 {day} 日</translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <source>Reading…</source>
      <translation>正在读取…</translation>
    </message>
  </context>
  <context>
    <name>PdfReportsPanel</name>
    <message>
      <source>Preview and print…</source>
      <translation>预览并打印…</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>保存 PDF…</translation>
    </message>
    <message>
      <source>Name, staff number or pinyin initials</source>
      <translation>姓名、工号或拼音首字母</translation>
    </message>
    <message>
      <source>Score card of a person for a year:</source>
      <translation>个人年度积分考核卡：</translation>
    </message>
    <message>
      <source>Inspection bulletin for a period:</source>
      <translation>一段时间的督察通报：</translation>
    </message>
    <message>
      <source>Monthly bulletin for {month}</source>
      <translation>{month} 月度考核通报</translation>
    </message>
    <message>
      <source>Bulletin {month}</source>
      <translation>考核通报 {month}</translation>
    </message>
    <message>
      <source>Enter the person's name or staff number first.</source>
      <translation>请先输入人员姓名或工号。</translation>
    </message>
    <message>
      <source>Score card {staff_no} {year}</source>
      <translation>积分考核卡 {staff_no} {year}年</translation>
    </message>
    <message>
      <source>Inspection bulletin {start} to {end}</source>
      <translation>督察通报 {start} 至 {end}</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>保存 PDF</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Writing {title}…</source>
      <translation>正在生成 {title}…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>已生成：{path}</translation>
    </message>
    <message>
      <source>The report could not be written: {error}</source>
      <translation>报表生成失败：{error}</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报表</translation>
    </message>
  </context>
  <context>
    <name>PeopleFind</name>
    <message>
      <source>Find: name, staff number or pinyin initials</source>
      <translation>查找：姓名、工号或拼音首字母</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>People &amp; Units</source>
      <translation>人员与单位</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Search staff number, name, pinyin initials, unit, position…</source>
      <translation>搜索工号、姓名、拼音首字母、单位、职务…</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>在岗</translation>
    </message>
    <message>
      <source>Inactive</source>
      <translation>调出/离职</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>全部人员</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Transfer…</source>
      <translation>调动…</translation>
    </message>
    <message>
      <source>Deactivate…</source>
      <translation>停用…</translation>
    </message>
    <message>
      <source>Reactivate</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>档案</translation>
    </message>
    <message>
      <source>Import roster…</source>
      <translation>导入花名册…</translation>
    </message>
    <message>
      <source>Add unit…</source>
      <translation>新增单位…</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>重命名…</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>人员类别</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <source>Legal qualification</source>
      <translation>法律职业资格</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>{shown} of {total} people</source>
      <translation>共 {total} 人，显示 {shown} 人</translation>
    </message>
    <message>
      <source>Saved: {name} ({staff_no})</source>
      <translation>已保存：{name}（{staff_no}）</translation>
    </message>
    <message>
      <source>Put {name} back on strength?</source>
      <translation>确定将 {name} 恢复为在岗状态吗？</translation>
    </message>
  </context>
  <context>
    <name>PerformancePage</name>
    <message>
      <source>Performance</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <source>People ranked</source>
      <translation>参评人数</translation>
    </message>
    <message>
      <source>Average score</source>
      <translation>平均分</translation>
    </message>
    <message>
      <source>Excellent</source>
      <translation>优秀</translation>
    </message>
    <message>
      <source>Awaiting approval</source>
      <translation>待审核</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>定稿状态</translation>
    </message>
    <message>
      <source>Finalise month…</source>
      <translation>月度定稿…</translation>
    </message>
    <message>
      <source>Reopen…</source>
      <translation>重新开放…</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>图表</translation>
    </message>
    <message>
      <source>Squads</source>
      <translation>中队排名</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>月度之星</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>待审核</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>积分记录</translation>
    </message>
    <message>
      <source>Quarter / year</source>
      <translation>季度/年度</translation>
    </message>
    <message>
      <source>Star levels</source>
      <translation>星级评定</translation>
    </message>
    <message>
      <source>Commendation &amp; rotation</source>
      <translation>评优与轮岗</translation>
    </message>
    <message>
      <source>Approvals ({n})</source>
      <translation>待审核（{n}）</translation>
    </message>
    <message>
      <source>{month}, base score {base}</source>
      <translation>{month}，基础分 {base}</translation>
    </message>
    <message>
      <source>your units</source>
      <translation>本单位</translation>
    </message>
    <message>
      <source>the whole bureau</source>
      <translation>全局</translation>
    </message>
    <message>
      <source>{scope}; totals capped per rule</source>
      <translation>{scope}；总分按细则封顶计算</translation>
    </message>
    <message>
      <source>nobody ranked</source>
      <translation>无人参评</translation>
    </message>
    <message>
      <source>good {good}, basic pass {basic}, fail {fail}</source>
      <translation>良好 {good}，基本合格 {basic}，不合格 {fail}</translation>
    </message>
    <message>
      <source>{n} dated in {month}</source>
      <translation>其中 {month} {n} 条</translation>
    </message>
    <message>
      <source>nothing waiting</source>
      <translation>无待审核</translation>
    </message>
    <message>
      <source>Seal broken</source>
      <translation>封存失效</translation>
    </message>
    <message>
      <source>Finalised (version {version})</source>
      <translation>已定稿（第 {version} 版）</translation>
    </message>
    <message>
      <source>locked on {date}</source>
      <translation>锁定于 {date}</translation>
    </message>
    <message>
      <source>{month} is finalised: these are the results as snapshotted. Entries dated in it are refused until an administrator reopens it.</source>
      <translation>{month} 已定稿：以下为定稿时保存的结果。该月记录不再受理，直至管理员重新开放。</translation>
    </message>
    <message>
      <source>reopened: {reason}</source>
      <translation>已重新开放：{reason}</translation>
    </message>
    <message>
      <source>not finalised yet</source>
      <translation>尚未定稿</translation>
    </message>
    <message>
      <source>Provisional</source>
      <translation>暂定</translation>
    </message>
    <message>
      <source>{month} is provisional: the results change as entries are recorded, approved and voided, until an administrator finalises the month.</source>
      <translation>{month} 为暂定结果：结果随记录的录入、审核和作废而变化，直至管理员定稿。</translation>
    </message>
    <message>
      <source>{month} finalised (version {version})</source>
      <translation>{month} 已定稿（第 {version} 版）</translation>
    </message>
    <message>
      <source>Reopen {month}</source>
      <translation>重新开放 {month}</translation>
    </message>
    <message>
      <source>Reopen {month}? Its entries can change again and its results become provisional until it is finalised again, as a new version. The snapshot already printed stays on record.</source>
      <translation>确定重新开放 {month} 吗？该月记录将可再次变更，结果转为暂定，直至再次定稿（生成新版本）。原定稿结果仍保留在案。</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>重新开放</translation>
    </message>
    <message>
      <source>{month} reopened</source>
      <translation>{month} 已重新开放</translation>
    </message>
  </context>
  <context>
    <name>PeriodFilter</name>
    <message>
      <source>This year</source>
      <translation>本年</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>近12个月</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
  </context>
  <context>
    <name>PeriodTab</name>
    <message>
      <source>Search staff number, name, unit…</source>
      <translation>搜索工号、姓名、单位…</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>统计期间：</translation>
    </message>
    <message>
      <source>Quarter and year ranking</source>
      <translation>季度、年度排名</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>月数</translation>
    </message>
    <message>
      <source>Sum</source>
      <translation>总分合计</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>月均分</translation>
    </message>
    <message>
      <source>Q{quarter} {year}</source>
      <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
      <source>Whole year {year}</source>
      <translation>{year}年全年</translation>
    </message>
    <message>
      <source>Adding up the months…</source>
      <translation>正在汇总各月…</translation>
    </message>
    <message>
      <source>This period has not begun.</source>
      <translation>该期间尚未开始。</translation>
    </message>
    <message>
      <source>{first} to {last}: {n} months, {people} people; grades given: {grades}. Ranked by the average monthly total.</source>
      <translation>{first} 至 {last}：共 {n} 个月，{people} 人；各等次人次：{grades}。按月均分排名。</translation>
    </message>
    <message>
      <source>Could not compute the period: {error}</source>
      <translation>无法汇总该期间：{error}</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>Edit person</source>
      <translation>编辑人员</translation>
    </message>
    <message>
      <source>Add person</source>
      <translation>新增人员</translation>
    </message>
    <message>
      <source>Use Transfer to move a person to another unit.</source>
      <translation>如需变更单位，请使用“调动”功能。</translation>
    </message>
    <message>
      <source>Not given</source>
      <translation>未填写</translation>
    </message>
    <message>
      <source>Holds the legal professional qualification</source>
      <translation>已取得法律职业资格</translation>
    </message>
    <message>
      <source>Staff number</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>人员类别</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>PersonEntriesDialog</name>
    <message>
      <source>Entries of {name}, {month}</source>
      <translation>积分记录：{name}（{month}）</translation>
    </message>
    <message>
      <source>Base score {base}, awards {awards}, deductions {deductions}: total {total}. Rank {rank} in the bureau, {unit_rank} in the unit. Grade: {grade}.</source>
      <translation>基础分 {base}，加分 {awards}，扣分 {deductions}，总分 {total}。全局第 {rank} 名，单位内第 {unit_rank} 名。等次：{grade}。</translation>
    </message>
    <message>
      <source>Only approved entries count, and each rule's sum is capped per month, so the points listed can add up to more than the awards and deductions.</source>
      <translation>仅审核通过的记录计分，且各细则每月累计分值设有封顶，因此下列分值之和可能大于加分、扣分合计。</translation>
    </message>
    <message>
      <source>Void…</source>
      <translation>作废…</translation>
    </message>
    <message>
      <source>Profile…</source>
      <translation>人员档案…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>细则编号</translation>
    </message>
    <message>
      <source>Rule text</source>
      <translation>细则内容</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>录入人</translation>
    </message>
    <message>
      <source>(import)</source>
      <translation>（导入）</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>{n} entries, {counted} approved</source>
      <translation>共 {n} 条，已通过 {counted} 条</translation>
    </message>
    <message>
      <source>{month} is finalised: reopen it to change its entries.</source>
      <translation>{month} 已定稿：须重新开放后才能更改该月记录。</translation>
    </message>
    <message>
      <source>Void {rule} of {date} ({points} points)? The entry stays on record as void, with your reason, and no longer counts.</source>
      <translation>确定作废 {date} 的 {rule}（{points} 分）吗？该记录将连同您填写的理由保留在案，标记为已作废，不再计分。</translation>
    </message>
    <message>
      <source>Void entry</source>
      <translation>作废记录</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>作废</translation>
    </message>
    <message>
      <source>Voided: {rule} of {name}</source>
      <translation>已作废：{name} 的 {rule}</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <source>{name} (no longer on the list)</source>
      <translation>{name}（已不在名单中）</translation>
    </message>
    <message>
      <source>Name, staff number or pinyin initials</source>
      <translation>姓名、工号或拼音首字母</translation>
    </message>
    <message>
      <source>More than one person is named {name}: choose one from the list.</source>
      <translation>叫{name}的不止一人：请从列表中选定一人。</translation>
    </message>
    <message>
      <source>“{text}” is not one person: choose one from the list.</source>
      <translation>“{text}”没有对应到某一个人：请从列表中选定一人。</translation>
    </message>
    <message>
      <source>Nobody matches “{text}”: type a name, a staff number or pinyin initials.</source>
      <translation>没有与“{text}”相符的人员：请输入姓名、工号或拼音首字母。</translation>
    </message>
  </context>
  <context>
    <name>PledgeDialog</name>
    <message>
      <source>Record signed pledge</source>
      <translation>登记承诺书签订</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>签订日期</translation>
    </message>
  </context>
  <context>
    <name>PledgesTab</name>
    <message>
      <source>Search staff number, name, unit…</source>
      <translation>搜索工号、姓名、单位…</translation>
    </message>
    <message>
      <source>Not signed only</source>
      <translation>只看未签订</translation>
    </message>
    <message>
      <source>Record signed pledge…</source>
      <translation>登记签订…</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>档案</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>人员类别</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>签订日期</translation>
    </message>
    <message>
      <source>Not signed</source>
      <translation>未签订</translation>
    </message>
    <message>
      <source>{year}: {signed} of {people} signed ({rate}); {missing} not yet.</source>
      <translation>{year}年：{people}人中已签订{signed}人（{rate}），尚有{missing}人未签订。</translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>{n} pages</source>
      <translation>共 {n} 页</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>适合页宽</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Zoom:</source>
      <translation>缩放：</translation>
    </message>
    <message>
      <source>Printing {n} pages…</source>
      <translation>正在打印 {n} 页…</translation>
    </message>
    <message>
      <source>{n} pages sent to the printer</source>
      <translation>已送打印机 {n} 页</translation>
    </message>
    <message>
      <source>The printer could not be started</source>
      <translation>打印机未能启动</translation>
    </message>
    <message>
      <source>Could not print: {error}</source>
      <translation>未能打印：{error}</translation>
    </message>
  </context>
  <context>
    <name>ProblemList</name>
    <message>
      <source>Row</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Import problems</source>
      <translation>导入问题清单</translation>
    </message>
    <message>
      <source>Save the list as Excel…</source>
      <translation>将问题清单保存为 Excel…</translation>
    </message>
    <message>
      <source>Save the list of problems</source>
      <translation>保存问题清单</translation>
    </message>
    <message>
      <source>{file} problems.xlsx</source>
      <translation>{file} 问题清单.xlsx</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>The list of problems was saved: {path}</source>
      <translation>问题清单已保存：{path}</translation>
    </message>
    <message>
      <source>The list could not be saved: {error}</source>
      <translation>问题清单未能保存：{error}</translation>
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Profile: {name}</source>
      <translation>人员档案：{name}</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>人员类别</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <source>Legal qualification</source>
      <translation>法律职业资格</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>变动日期</translation>
    </message>
    <message>
      <source>Performance</source>
      <translation>绩效考核</translation>
    </message>
    <message>
      <source>Integrity</source>
      <translation>廉政督察</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>教育培训</translation>
    </message>
    <message>
      <source>History</source>
      <translation>履历</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Base score</source>
      <translation>基础分</translation>
    </message>
    <message>
      <source>Awards</source>
      <translation>加分</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Monthly totals, last 12 months</source>
      <translation>近 12 个月月度得分</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>细则编号</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Rule text</source>
      <translation>细则内容</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Point entries</source>
      <translation>积分记录</translation>
    </message>
    <message>
      <source>Grades by year</source>
      <translation>历年考核等次</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>督察问题</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>核查结果</translation>
    </message>
    <message>
      <source>Substance</source>
      <translation>投诉内容</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉信访</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Talked with by</source>
      <translation>谈话人</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Integrity talks</source>
      <translation>廉政谈话</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>预警日期</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>预警规则</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>星级</translation>
    </message>
    <message>
      <source>Grounds</source>
      <translation>预警依据</translation>
    </message>
    <message>
      <source>Early warnings</source>
      <translation>预警记录</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Integrity pledges signed: {years}</source>
      <translation>已签订廉洁自律承诺书年度：{years}</translation>
    </message>
    <message>
      <source>Hours credited in {year}: {hours:.1f}</source>
      <translation>{year}年已认定学时：{hours:.1f}</translation>
    </message>
    <message>
      <source>Training category</source>
      <translation>培训类别</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>出勤情况</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>培训名称</translation>
    </message>
    <message>
      <source>Training sessions this year</source>
      <translation>本年培训记录</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>成绩</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Pass</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>Exam</source>
      <translation>考试名称</translation>
    </message>
    <message>
      <source>Exams</source>
      <translation>考试</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证件</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>证件编号</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>发证日期</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>证件资格</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>Expires within 90 days</source>
      <translation>90 天内到期</translation>
    </message>
    <message>
      <source>From year</source>
      <translation>生效年度</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>确定方式</translation>
    </message>
    <message>
      <source>Starting level</source>
      <translation>初始星级</translation>
    </message>
    <message>
      <source>Review of {year}</source>
      <translation>{year} 年度评定</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Confirmed by</source>
      <translation>确认人</translation>
    </message>
    <message>
      <source>Star level: none confirmed yet</source>
      <translation>星级：尚未确认</translation>
    </message>
    <message>
      <source>Star level: {level} stars from {year}, pay tier {pay}</source>
      <translation>星级：自 {year} 年起为 {level} 星，待遇档次 {pay}</translation>
    </message>
    <message>
      <source>From</source>
      <translation>原单位</translation>
    </message>
    <message>
      <source>To</source>
      <translation>调入单位</translation>
    </message>
    <message>
      <source>Transfers</source>
      <translation>调动记录</translation>
    </message>
  </context>
  <context>
    <name>ProgressTab</name>
    <message>
      <source>Progress by unit</source>
      <translation>各单位完成情况</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Behind pace</source>
      <translation>进度滞后</translation>
    </message>
    <message>
      <source>Everyone with a requirement</source>
      <translation>全部有学时要求人员</translation>
    </message>
    <message>
      <source>Everyone on strength</source>
      <translation>全体在岗人员</translation>
    </message>
    <message>
      <source>Export (xlsx)…</source>
      <translation>导出 (xlsx)…</translation>
    </message>
    <message>
      <source>Profile…</source>
      <translation>个人档案…</translation>
    </message>
    <message>
      <source>Training hours progress</source>
      <translation>学时进度</translation>
    </message>
    <message>
      <source>Hours by category</source>
      <translation>分类别学时</translation>
    </message>
    <message>
      <source>Hours credited by month</source>
      <translation>各月认定学时</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Credited</source>
      <translation>已认定</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>应达</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>应修</translation>
    </message>
    <message>
      <source>Behind by</source>
      <translation>滞后比例</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>as of day {day}</source>
      <translation>截至 {day} 日</translation>
    </message>
    <message>
      <source>{n} people; {behind} behind pace of {total} with a requirement</source>
      <translation>{n} 人；有学时要求 {total} 人，其中进度滞后 {behind} 人</translation>
    </message>
    <message>
      <source>People behind training pace, {year} (as of {date})</source>
      <translation>{year}年培训学时进度滞后人员（截至 {date}）</translation>
    </message>
    <message>
      <source>Training progress, {year} (as of {date})</source>
      <translation>{year}年培训学时进度（截至 {date}）</translation>
    </message>
    <message>
      <source>training-{year}.xlsx</source>
      <translation>培训学时-{year}.xlsx</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>已写入：{path}</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
  </context>
  <context>
    <name>ProjectionTab</name>
    <message>
      <source>Projected hours = hours credited × days from 1 January (or the day of hire) to 31 December ÷ days passed before today (the pace of the progress tab). Sessions already planned are not added: they are the way to close the gap, chosen earliest first until the missing hours are reached.</source>
      <translation>年末推算学时 = 已认定学时 × 自1月1日（或入职日）至12月31日的天数 ÷ 今日之前已过天数（与学时进度页的进度口径相同）。已安排的培训不计入推算，而是用于补足差额：按日期先后依次选取，直至补足所差学时。</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Will miss the requirement</source>
      <translation>预计不达标人员</translation>
    </message>
    <message>
      <source>Everyone with a requirement</source>
      <translation>全部有学时要求的人员</translation>
    </message>
    <message>
      <source>Training hours projected to 31 December</source>
      <translation>培训学时年末推算</translation>
    </message>
    <message>
      <source>Sessions to attend</source>
      <translation>须参加的培训</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Credited</source>
      <translation>已认定</translation>
    </message>
    <message>
      <source>Projected</source>
      <translation>年末推算</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>应修</translation>
    </message>
    <message>
      <source>Projected short by</source>
      <translation>预计年末差额</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>培训名称</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>Will reach it</source>
      <translation>可达标</translation>
    </message>
    <message>
      <source>Even all remaining sessions will not suffice</source>
      <translation>参加全部剩余培训仍无法达标</translation>
    </message>
    <message>
      <source>{hours} h in {n} session(s)</source>
      <translation>{n}场，共{hours}学时</translation>
    </message>
    <message>
      <source>As of {date}: of {n} people with a requirement, {miss} will miss it on 31 December at their current pace; for {cannot} of them even all {sessions} remaining planned sessions of the year will not suffice.</source>
      <translation>截至{date}：有学时要求的{n}人中，按当前进度至12月31日将有{miss}人达不到要求；其中{cannot}人即使参加本年度剩余的全部{sessions}场培训也无法达标。</translation>
    </message>
    <message>
      <source>{name} will reach the requirement.</source>
      <translation>{name}按当前进度可达到学时要求。</translation>
    </message>
    <message>
      <source>Sessions {name} must attend</source>
      <translation>{name}须参加的培训</translation>
    </message>
    <message>
      <source>{missing} hours still missing; these {n} sessions give {hours}.</source>
      <translation>尚差{missing}学时；参加以上{n}场培训可获{hours}学时。</translation>
    </message>
    <message>
      <source>{missing} hours still missing; even all remaining sessions open to them ({hours} h) will not suffice: arrange make-up training.</source>
      <translation>尚差{missing}学时；即使参加其可参加的全部剩余培训（{hours}学时）也无法达标，请安排补训。</translation>
    </message>
  </context>
  <context>
    <name>RankingTab</name>
    <message>
      <source>Search staff number, name, unit…</source>
      <translation>搜索工号、姓名、单位…</translation>
    </message>
    <message>
      <source>All units</source>
      <translation>全部单位</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>All grades</source>
      <translation>全部等次</translation>
    </message>
    <message>
      <source>Entries of this person…</source>
      <translation>查看此人积分记录…</translation>
    </message>
    <message>
      <source>Entries…</source>
      <translation>积分明细…</translation>
    </message>
    <message>
      <source>The entries behind the selected total</source>
      <translation>查看所选人员总分对应的积分记录</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>导出为 Excel…</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>人员类别</translation>
    </message>
    <message>
      <source>Base</source>
      <translation>基础分</translation>
    </message>
    <message>
      <source>Awards</source>
      <translation>加分</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Unit rank</source>
      <translation>单位名次</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>之星</translation>
    </message>
    <message>
      <source>{shown} of {total} people</source>
      <translation>共 {total} 人，显示 {shown} 人</translation>
    </message>
    <message>
      <source>Ranking</source>
      <translation>考核排名</translation>
    </message>
    <message>
      <source>Performance ranking {month} (seal broken, not final)</source>
      <translation>{month} 绩效考核排名（封存失效，非定稿）</translation>
    </message>
    <message>
      <source>Performance ranking {month} (finalised, version {version})</source>
      <translation>{month} 绩效考核排名（已定稿，第 {version} 版）</translation>
    </message>
    <message>
      <source>Performance ranking {month} (provisional, as of {date})</source>
      <translation>{month} 绩效考核排名（暂定，截至 {date}）</translation>
    </message>
    <message>
      <source>ranking-{month}.xlsx</source>
      <translation>考核排名-{month}.xlsx</translation>
    </message>
    <message>
      <source>Export the ranking</source>
      <translation>导出考核排名</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Writing {n} people to {path}…</source>
      <translation>正在将 {n} 人写入 {path}…</translation>
    </message>
    <message>
      <source>The ranking was written to
{path}</source>
      <translation>考核排名已保存至：
{path}</translation>
    </message>
    <message>
      <source>The ranking could not be written:
{error}</source>
      <translation>考核排名写入失败：
{error}</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <source>Reason (required):</source>
      <translation>理由（必填）：</translation>
    </message>
  </context>
  <context>
    <name>RecordTab</name>
    <message>
      <source>Search…</source>
      <translation>搜索…</translation>
    </message>
    <message>
      <source>{shown} of {total}</source>
      <translation>{shown} / {total}</translation>
    </message>
  </context>
  <context>
    <name>RegistersTab</name>
    <message>
      <source>Risk points by position</source>
      <translation>岗位廉政风险点</translation>
    </message>
    <message>
      <source>Integrity pledges</source>
      <translation>廉洁自律承诺书</translation>
    </message>
    <message>
      <source>Integrity talks</source>
      <translation>廉政谈话</translation>
    </message>
    <message>
      <source>Major-matter reports</source>
      <translation>重大事项报告</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation>报表</translation>
    </message>
    <message>
      <source>Bulletins and score cards (PDF, A4)</source>
      <translation>考核通报与积分考核卡（PDF，A4）</translation>
    </message>
    <message>
      <source>Training hours (PDF, A4)</source>
      <translation>教育培训学时（PDF，A4）</translation>
    </message>
    <message>
      <source>People roster</source>
      <translation>人员花名册</translation>
    </message>
    <message>
      <source>Include people who have left or moved away</source>
      <translation>包括已离职或调出的人员</translation>
    </message>
    <message>
      <source>Export people roster (xlsx)…</source>
      <translation>导出人员花名册（xlsx）…</translation>
    </message>
    <message>
      <source>Personnel roster</source>
      <translation>人员花名册</translation>
    </message>
    <message>
      <source>{unit} personnel roster</source>
      <translation>{unit}人员花名册</translation>
    </message>
    <message>
      <source>One Excel sheet with everyone you may see ({n} people on strength): staff number, name, unit, category, position, gender, birth and hire dates, status, legal qualification and phone, ready to filter and to print on A4.</source>
      <translation>生成一张 Excel 工作表，包含您有权查看的全部人员（在岗 {n} 人）：工号、姓名、单位、人员类别、职务、性别、出生日期、入职日期、状态、法律职业资格及联系电话，可直接筛选，并可用 A4 纸打印。</translation>
    </message>
    <message>
      <source>roster-{date}.xlsx</source>
      <translation>人员花名册-{date}.xlsx</translation>
    </message>
    <message>
      <source>Export people roster</source>
      <translation>导出人员花名册</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Writing {n} people to {path}…</source>
      <translation>正在将 {n} 人写入 {path}…</translation>
    </message>
    <message>
      <source>The roster was written to
{path}</source>
      <translation>花名册已保存至：
{path}</translation>
    </message>
    <message>
      <source>The roster could not be written:
{error}</source>
      <translation>花名册写入失败：
{error}</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>Reset password</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <source>Give {name} ({username}) a temporary password and tell it to them in person. They must choose their own at their next sign-in.</source>
      <translation>为 {name}（{username}）设置一个临时密码，并当面告知本人。本人下次登录时须改设自己的密码。</translation>
    </message>
    <message>
      <source>Temporary password</source>
      <translation>临时密码</translation>
    </message>
    <message>
      <source>Repeat password</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from a backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <source>Choose a backup file. It is checked first; nothing changes until you confirm the restore.</source>
      <translation>请选择备份文件。系统会先校验备份；在您确认恢复之前，数据不会有任何改动。</translation>
    </message>
    <message>
      <source>No backup chosen</source>
      <translation>尚未选择备份</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <source>Bureau</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>最后修改</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Point entries</source>
      <translation>积分记录</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Audit chain head</source>
      <translation>审计日志链头</translation>
    </message>
    <message>
      <source>Made by</source>
      <translation>数据版本</translation>
    </message>
    <message>
      <source>Restoring replaces the database in use with the backup. A copy of the database in use is kept first, in {folder}. Everyone signs in again afterwards.</source>
      <translation>恢复将用备份替换正在使用的数据库。替换前会先将当前数据库留存一份副本，存放在 {folder}。恢复后所有人需重新登录。</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Choose a backup</source>
      <translation>选择备份</translation>
    </message>
    <message>
      <source>Ducha backups (*.sqlite3);;All files (*)</source>
      <translation>督察系统备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>正在校验备份…</translation>
    </message>
    <message>
      <source>The backup passed its checks (file integrity and audit log).</source>
      <translation>备份已通过校验（文件完整性和审计日志）。</translation>
    </message>
    <message>
      <source>The backup could not be checked: {error}</source>
      <translation>无法校验备份：{error}</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>{when} by {who}</source>
      <translation>{when}，{who}</translation>
    </message>
    <message>
      <source>intact, {n} rows</source>
      <translation>完整，共 {n} 条</translation>
    </message>
    <message>
      <source>Replace the database in use with this backup ({bureau}, {people} people)?
Changes made since the backup was taken are no longer in the database (the copy kept first still holds them).</source>
      <translation>确定用此备份（{bureau}，{people} 人）替换正在使用的数据库吗？
备份之后所做的修改将不再保留在数据库中（先行留存的副本中仍有这些修改）。</translation>
    </message>
    <message>
      <source>Restoring…</source>
      <translation>正在恢复…</translation>
    </message>
  </context>
  <context>
    <name>RiskPointDialog</name>
    <message>
      <source>Edit risk point</source>
      <translation>编辑风险点</translation>
    </message>
    <message>
      <source>Add risk point</source>
      <translation>新增风险点</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Unit (blank: bureau-wide)</source>
      <translation>单位（空白为全局）</translation>
    </message>
    <message>
      <source>Risk</source>
      <translation>风险内容</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>风险等级</translation>
    </message>
    <message>
      <source>Control measures</source>
      <translation>防控措施</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Reviewed on</source>
      <translation>评估日期</translation>
    </message>
  </context>
  <context>
    <name>RiskPointsTab</name>
    <message>
      <source>Search position, unit, risk, measures…</source>
      <translation>搜索岗位、单位、风险、措施…</translation>
    </message>
    <message>
      <source>All levels</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Bureau-wide</source>
      <translation>全局</translation>
    </message>
    <message>
      <source>Risk</source>
      <translation>风险内容</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>风险等级</translation>
    </message>
    <message>
      <source>Control measures</source>
      <translation>防控措施</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>评估日期</translation>
    </message>
  </context>
  <context>
    <name>RosterOptionsBox</name>
    <message>
      <source>The date transfers and departures take effect.</source>
      <translation>调动和离队自此日起生效。</translation>
    </message>
    <message>
      <source>Create missing units</source>
      <translation>创建缺少的单位</translation>
    </message>
    <message>
      <source>Units the file names and the bureau lacks are added under the bureau.</source>
      <translation>文件中有而本局没有的单位，将在本局下新建。</translation>
    </message>
    <message>
      <source>Deactivate people not in the file</source>
      <translation>停用不在文件中的人员</translation>
    </message>
    <message>
      <source>People on strength whom the file does not list are marked as left.</source>
      <translation>文件中没有列出的在岗人员将标记为离职。</translation>
    </message>
    <message>
      <source>Only an administrator can import the roster.</source>
      <translation>只有管理员可以导入花名册。</translation>
    </message>
    <message>
      <source>Effective date</source>
      <translation>生效日期</translation>
    </message>
  </context>
  <context>
    <name>RosterPlanTable</name>
    <message>
      <source>Change</source>
      <translation>变动</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>原为</translation>
    </message>
    <message>
      <source>After</source>
      <translation>改为</translation>
    </message>
    <message>
      <source>Roster import plan</source>
      <translation>花名册导入计划</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>New unit</source>
      <translation>新建单位</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>Transfer on {date}</source>
      <translation>调动（{date}起）</translation>
    </message>
    <message>
      <source>Marked {status} on row {row}</source>
      <translation>第 {row} 行标为{status}</translation>
    </message>
    <message>
      <source>Not in the file</source>
      <translation>文件中没有</translation>
    </message>
    <message>
      <source>{status} on {date}</source>
      <translation>{date}起{status}</translation>
    </message>
    <message>
      <source>Stays on strength</source>
      <translation>仍在岗</translation>
    </message>
    <message>
      <source>{status}, {unit}</source>
      <translation>{status}，{unit}</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>{n} new</source>
      <translation>新增 {n} 人</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>修改 {n} 人</translation>
    </message>
    <message>
      <source>{n} transfers on {date}</source>
      <translation>调动 {n} 人（{date}起）</translation>
    </message>
    <message>
      <source>{n} not in the file, marked as left</source>
      <translation>文件中没有 {n} 人，标记为离职</translation>
    </message>
    <message>
      <source>{n} not in the file, staying on strength</source>
      <translation>文件中没有 {n} 人，仍在岗</translation>
    </message>
    <message>
      <source>{n} units to create</source>
      <translation>新建 {n} 个单位</translation>
    </message>
    <message>
      <source>{n} unchanged</source>
      <translation>{n} 人无变化</translation>
    </message>
    <message>
      <source>, </source>
      <translation>，</translation>
    </message>
  </context>
  <context>
    <name>RuleCatalogueDialog</name>
    <message>
      <source>Rule catalogue</source>
      <translation>考核细则</translation>
    </message>
    <message>
      <source>New rule set…</source>
      <translation>新增细则版本…</translation>
    </message>
    <message>
      <source>Edit rule set…</source>
      <translation>编辑细则版本…</translation>
    </message>
    <message>
      <source>Rule set</source>
      <translation>细则版本</translation>
    </message>
    <message>
      <source>Search code, category, text, unit…</source>
      <translation>搜索编号、类别、内容、计量单位…</translation>
    </message>
    <message>
      <source>Show inactive rules</source>
      <translation>显示已停用细则</translation>
    </message>
    <message>
      <source>New rule…</source>
      <translation>新增细则…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Activate</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Import xlsx…</source>
      <translation>导入 Excel…</translation>
    </message>
    <message>
      <source>Export xlsx…</source>
      <translation>导出 Excel…</translation>
    </message>
    <message>
      <source>Only an administrator can change the rule catalogue.</source>
      <translation>仅管理员可修改考核细则。</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>计量单位</translation>
    </message>
    <message>
      <source>Monthly cap</source>
      <translation>月封顶</translation>
    </message>
    <message>
      <source>Needs approval</source>
      <translation>需审核</translation>
    </message>
    <message>
      <source>Serious</source>
      <translation>严重违纪</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Used</source>
      <translation>记录数</translation>
    </message>
    <message>
      <source>Entries recorded under this rule</source>
      <translation>按此细则录入的积分记录条数</translation>
    </message>
    <message>
      <source>from {start}</source>
      <translation>自 {start} 起</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>{start} 至 {end}</translation>
    </message>
    <message>
      <source>in force</source>
      <translation>现行</translation>
    </message>
    <message>
      <source>There is no rule set yet.</source>
      <translation>尚无细则版本。</translation>
    </message>
    <message>
      <source>Start one with New rule set….</source>
      <translation>请使用“新增细则版本…”创建。</translation>
    </message>
    <message>
      <source>Base score {base} · {n} rules</source>
      <translation>基础分 {base} · 共 {n} 条细则</translation>
    </message>
    <message>
      <source>{shown} of {total} rules</source>
      <translation>共 {total} 条细则，显示 {shown} 条</translation>
    </message>
    <message>
      <source>Saved: rule {code}</source>
      <translation>已保存：细则 {code}</translation>
    </message>
    <message>
      <source>Rule {code} is active again.</source>
      <translation>细则 {code} 已重新启用。</translation>
    </message>
    <message>
      <source>Rule {code} is deactivated: no new entries under it.</source>
      <translation>细则 {code} 已停用：不能再按此细则录入新记录。</translation>
    </message>
    <message>
      <source>Saved: {name}</source>
      <translation>已保存：{name}</translation>
    </message>
    <message>
      <source>Import rules into {name}</source>
      <translation>将考核细则导入“{name}”</translation>
    </message>
    <message>
      <source>Rule catalogue (*.xlsx *.csv)</source>
      <translation>考核细则 (*.xlsx *.csv)</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>未导入</translation>
    </message>
    <message>
      <source>Cannot read {file}: {error}</source>
      <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
      <source>{file} was not imported: {n} problems, listed below. Correct them and try again; nothing was saved.</source>
      <translation>{file} 未导入：发现 {n} 处问题，列在下方。请改正后重试；未保存任何内容。</translation>
    </message>
    <message>
      <source>Import rules</source>
      <translation>导入考核细则</translation>
    </message>
    <message>
      <source>Import {n} rules from {file} into {name}?

Rules whose code is already in the set are updated, the others added; no rule is removed. Entries already recorded keep their points.</source>
      <translation>确定将 {file} 中的 {n} 条细则导入“{name}”吗？

编号已存在的细则将被更新，其余细则新增；不删除任何细则。已录入的积分记录分值不变。</translation>
    </message>
    <message>
      <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
      <translation>新增 {added} 条，更新 {updated} 条，未变 {unchanged} 条。</translation>
    </message>
    <message>
      <source>Rules imported: {summary}</source>
      <translation>考核细则已导入：{summary}</translation>
    </message>
    <message>
      <source>Rules imported</source>
      <translation>导入完成</translation>
    </message>
    <message>
      <source>Export rule set</source>
      <translation>导出考核细则</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
    <message>
      <source>Rule set exported</source>
      <translation>考核细则已导出</translation>
    </message>
    <message>
      <source>{n} rules were written to
{path}</source>
      <translation>已将 {n} 条细则保存至：
{path}</translation>
    </message>
  </context>
  <context>
    <name>RuleDialog</name>
    <message>
      <source>Edit rule</source>
      <translation>编辑细则</translation>
    </message>
    <message>
      <source>New rule</source>
      <translation>新增细则</translation>
    </message>
    <message>
      <source>Rule set: {name}</source>
      <translation>所属版本：{name}</translation>
    </message>
    <message>
      <source>Entries recorded under this rule: {n}. They keep the points they were recorded with; new points apply to new entries only. A changed monthly cap or category also applies to months not yet finalised.</source>
      <translation>已按此细则录入 {n} 条记录，这些记录保留录入时的分值，新分值仅适用于新录入的记录。修改月封顶或类别，对尚未定稿的月份同样生效。</translation>
    </message>
    <message>
      <source>e.g. AJ06</source>
      <translation>例如：AJ06</translation>
    </message>
    <message>
      <source>per unit; negative for a deduction, e.g. -0.5</source>
      <translation>每计量单位的分值；扣分填负数，例如 -0.5</translation>
    </message>
    <message>
      <source>blank: no cap</source>
      <translation>留空表示不封顶</translation>
    </message>
    <message>
      <source>The most this rule can add or take per person in one month.</source>
      <translation>本细则每人每月最多可加（扣）的分值。</translation>
    </message>
    <message>
      <source>Entries need approval by a second person</source>
      <translation>记录须经录入人以外的人员审核</translation>
    </message>
    <message>
      <source>Marks a serious violation</source>
      <translation>属于严重违纪</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Unit of count</source>
      <translation>计量单位</translation>
    </message>
    <message>
      <source>Monthly cap</source>
      <translation>月封顶</translation>
    </message>
  </context>
  <context>
    <name>RuleSetDialog</name>
    <message>
      <source>Edit rule set</source>
      <translation>编辑细则版本</translation>
    </message>
    <message>
      <source>New rule set</source>
      <translation>新增细则版本</translation>
    </message>
    <message>
      <source>{year} rule catalogue</source>
      <translation>{year}年考核细则</translation>
    </message>
    <message>
      <source>Blank: in force until a later rule set starts.</source>
      <translation>留空：持续有效，直至后续细则版本生效。</translation>
    </message>
    <message>
      <source>Copy every rule of {name}</source>
      <translation>复制“{name}”的全部细则</translation>
    </message>
    <message>
      <source>Copy the rules of the current set</source>
      <translation>复制现行版本的全部细则</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>In force from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>In force until</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Base score</source>
      <translation>基础分</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>The rule set in force until then ends the day before the new one starts.</source>
      <translation>原现行版本将于新版本生效日的前一天停止施行。</translation>
    </message>
  </context>
  <context>
    <name>ScoresDialog</name>
    <message>
      <source>Scores: {title}</source>
      <translation>成绩：{title}</translation>
    </message>
    <message>
      <source>{date} · pass mark {mark} · a blank score: did not sit</source>
      <translation>{date} · 及格分 {mark} · 成绩留空表示未参考</translation>
    </message>
    <message>
      <source>All units</source>
      <translation>全部单位</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>成绩</translation>
    </message>
    <message>
      <source>{no}: not a score</source>
      <translation>{no}：成绩无效</translation>
    </message>
  </context>
  <context>
    <name>ScoringSettingsPanel</name>
    <message>
      <source>How the month's results are graded and stars awarded; the user guide states the rules exactly. A finalised month keeps the grades it was finalised with.</source>
      <translation>每月成绩如何评定等次、评选之星；具体规则见用户手册。已定稿的月份保留定稿时的等次。</translation>
    </message>
    <message>
      <source>Rule catalogue…</source>
      <translation>考核细则…</translation>
    </message>
    <message>
      <source>Quotas (at most a share of people)</source>
      <translation>按比例（不超过参评人数的一定比例）</translation>
    </message>
    <message>
      <source>Thresholds (points)</source>
      <translation>按分数线</translation>
    </message>
    <message>
      <source>One of each star for the whole bureau</source>
      <translation>全局统一评选各类之星</translation>
    </message>
    <message>
      <source>One of each star per unit</source>
      <translation>各单位分别评选各类之星</translation>
    </message>
    <message>
      <source>Grade scheme</source>
      <translation>等次评定方式</translation>
    </message>
    <message>
      <source>Excellent: at most</source>
      <translation>优秀：不超过</translation>
    </message>
    <message>
      <source>Good: at most</source>
      <translation>良好：不超过</translation>
    </message>
    <message>
      <source>Excellent from (points)</source>
      <translation>优秀：不低于（分）</translation>
    </message>
    <message>
      <source>Good from (points)</source>
      <translation>良好：不低于（分）</translation>
    </message>
    <message>
      <source>Basic pass below (points)</source>
      <translation>基本合格：低于（分）</translation>
    </message>
    <message>
      <source>Fail below (points)</source>
      <translation>不合格：低于（分）</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>之星评选</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>SessionDialog</name>
    <message>
      <source>New training session</source>
      <translation>新建培训</translation>
    </message>
    <message>
      <source>Training session {n}</source>
      <translation>培训 {n}</translation>
    </message>
    <message>
      <source>None ticked: every category.</source>
      <translation>不勾选即全部类别。</translation>
    </message>
    <message>
      <source>None ticked: every unit.</source>
      <translation>不勾选即全部单位。</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织部门</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>For (person categories)</source>
      <translation>参训对象（人员类别）</translation>
    </message>
    <message>
      <source>For (units)</source>
      <translation>参训对象（单位）</translation>
    </message>
  </context>
  <context>
    <name>SessionsTab</name>
    <message>
      <source>Search title, organiser, place…</source>
      <translation>搜索名称、组织部门、地点…</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <source>New session…</source>
      <translation>新建培训…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Attendance…</source>
      <translation>签到…</translation>
    </message>
    <message>
      <source>Import sign-in sheet…</source>
      <translation>导入签到表…</translation>
    </message>
    <message>
      <source>Training sessions</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>№</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织部门</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>出席</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>缺席</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>请假</translation>
    </message>
    <message>
      <source>{shown} of {total} sessions</source>
      <translation>{shown} / {total} 场培训</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation>系统设置</translation>
    </message>
    <message>
      <source>Accounts</source>
      <translation>账号管理</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <source>Scoring</source>
      <translation>考核设置</translation>
    </message>
    <message>
      <source>Early warnings</source>
      <translation>预警规则</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>教育培训</translation>
    </message>
    <message>
      <source>Contractors</source>
      <translation>外包考核</translation>
    </message>
    <message>
      <source>Star levels</source>
      <translation>辅助人员星级</translation>
    </message>
    <message>
      <source>Commendation &amp; rotation</source>
      <translation>评优与轮岗</translation>
    </message>
    <message>
      <source>Sign-in &amp; passwords</source>
      <translation>登录与密码</translation>
    </message>
    <message>
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <source>Search user name, display name, unit…</source>
      <translation>搜索用户名、显示名称、单位…</translation>
    </message>
    <message>
      <source>Add account…</source>
      <translation>新增账号…</translation>
    </message>
    <message>
      <source>Disable</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Enable</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <source>Reset password…</source>
      <translation>重置密码…</translation>
    </message>
    <message>
      <source>Role and duties…</source>
      <translation>角色与职责…</translation>
    </message>
    <message>
      <source>Appoint the system administrator…</source>
      <translation>任命系统管理员…</translation>
    </message>
    <message>
      <source>The system administrator adds and disables accounts; the security administrator gives them their roles.</source>
      <translation>账号由系统管理员添加和停用，角色由安全管理员分配。</translation>
    </message>
    <message>
      <source>Small bureau: one person may hold two administrator duties (recorded in the audit log)</source>
      <translation>人员较少的单位：允许一人兼任两项管理员职责（记入审计日志）</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Administrator duties</source>
      <translation>管理员职责</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Sign-in</source>
      <translation>登录状态</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>最近登录</translation>
    </message>
    <message>
      <source>Locked until {time}</source>
      <translation>锁定至 {time}</translation>
    </message>
    <message>
      <source>Must change password</source>
      <translation>须修改密码</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <source>The language applies the next time Ducha starts.</source>
      <translation>界面语言将在下次启动本系统时生效。</translation>
    </message>
    <message>
      <source>Database type</source>
      <translation>数据库类型</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>存储位置</translation>
    </message>
    <message>
      <source>Database version</source>
      <translation>数据库版本</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人员数</translation>
    </message>
    <message>
      <source>Point events</source>
      <translation>积分记录数</translation>
    </message>
    <message>
      <source>Audit log entries</source>
      <translation>审计日志条数</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation>选择文件夹…</translation>
    </message>
    <message>
      <source>Use the default</source>
      <translation>恢复默认</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <source>Daily backups kept</source>
      <translation>保留每日备份（份）</translation>
    </message>
    <message>
      <source>Monthly backups kept</source>
      <translation>保留每月备份（份）</translation>
    </message>
    <message>
      <source>Ducha backs up automatically once a day and when it closes. Only these automatic backups are ever deleted to keep the numbers above; backups taken by hand are kept. A network folder is fine.</source>
      <translation>督察系统每天及关闭时自动备份。为保持上述份数，只会删除自动备份，手动备份一律保留。备份文件夹可以设在网络盘上。</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Version {n}</source>
      <translation>第 {n} 版</translation>
    </message>
    <message>
      <source>A PostgreSQL server is backed up with the server's tools (pg_dump).</source>
      <translation>PostgreSQL 服务器数据库请使用服务器自带工具（pg_dump）备份。</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>备份已保存至 {path}</translation>
    </message>
    <message>
      <source>The backup failed: {error}</source>
      <translation>备份失败：{error}</translation>
    </message>
  </context>
  <context>
    <name>SquadsTab</name>
    <message>
      <source>Squad ranking</source>
      <translation>中队排名</translation>
    </message>
    <message>
      <source>A squad's score is the average of its members' totals plus the approved entries recorded against the squad as a whole (red flags, notices …). Departments are not ranked among the squads.</source>
      <translation>中队综合得分 = 队员总分平均值 + 记在中队整体名下、已审核通过的加减分（流动红旗、通报等）。科室不参加中队排名。</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>Squad</source>
      <translation>中队</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Members' average</source>
      <translation>队员平均分</translation>
    </message>
    <message>
      <source>Squad entries</source>
      <translation>集体加减分</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>综合得分</translation>
    </message>
  </context>
  <context>
    <name>StaffTab</name>
    <message>
      <source>People of category contractor and the company each works for: findings on them count against their company's assessment.</source>
      <translation>外包类别人员及其所属服务企业：这些人员被发现的问题计入所属企业的考核扣分。</translation>
    </message>
    <message>
      <source>Works for…</source>
      <translation>所属企业…</translation>
    </message>
    <message>
      <source>Contractor staff</source>
      <translation>外包人员</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>所在单位</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>所属企业</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Works for</source>
      <translation>所属企业</translation>
    </message>
    <message>
      <source>The company {n} selected people work for:</source>
      <translation>所选 {n} 人所属的企业：</translation>
    </message>
  </context>
  <context>
    <name>StarLevelSettingsPanel</name>
    <message>
      <source>Star levels of auxiliary and assistant staff (1 to 5 stars), reviewed once a year: up one star with enough excellent months and no fail, down one on a fail month or a founded complaint; 5 stars also need the year's training met. Staff without a level start from their years of service.</source>
      <translation>辅助执法和协管人员实行星级管理（一至五星），每年评定一次：优秀月数达到要求且无不合格的升一星，有不合格月份或投诉属实的降一星；评为五星还须完成当年培训学时要求。尚无星级的人员按工龄确定初始星级。</translation>
    </message>
    <message>
      <source> months</source>
      <translation> 个月</translation>
    </message>
    <message>
      <source> years</source>
      <translation> 年</translation>
    </message>
    <message>
      <source>not by service</source>
      <translation>不按工龄授予</translation>
    </message>
    <message>
      <source>{n} stars from</source>
      <translation>{n} 星起始工龄</translation>
    </message>
    <message>
      <source>An amount a month (yuan)</source>
      <translation>按月发放金额（元）</translation>
    </message>
    <message>
      <source>A coefficient of the base pay</source>
      <translation>按基本工资系数</translation>
    </message>
    <message>
      <source>Amount (yuan a month)</source>
      <translation>金额（元/月）</translation>
    </message>
    <message>
      <source>Coefficient</source>
      <translation>系数</translation>
    </message>
    <message>
      <source>{n} stars</source>
      <translation>{n} 星</translation>
    </message>
    <message>
      <source>Up one star with at least</source>
      <translation>升一星所需优秀月数</translation>
    </message>
    <message>
      <source>Starting level</source>
      <translation>初始星级</translation>
    </message>
    <message>
      <source>Pay tier</source>
      <translation>待遇档次</translation>
    </message>
    <message>
      <source>Pay of each level</source>
      <translation>各星级待遇</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>StarLevelsTab</name>
    <message>
      <source>Changes only</source>
      <translation>仅显示变动</translation>
    </message>
    <message>
      <source>Search staff number, name, unit…</source>
      <translation>搜索工号、姓名、单位…</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>年度：</translation>
    </message>
    <message>
      <source>Confirm selected</source>
      <translation>确认所选</translation>
    </message>
    <message>
      <source>Confirm all</source>
      <translation>全部确认</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>保存为 PDF…</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>导出 Excel…</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>工龄</translation>
    </message>
    <message>
      <source>Excellent</source>
      <translation>优秀</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>投诉属实</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>现星级</translation>
    </message>
    <message>
      <source>New level</source>
      <translation>拟定星级</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>变动</translation>
    </message>
    <message>
      <source>Pay tier</source>
      <translation>待遇档次</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>none owed</source>
      <translation>无要求</translation>
    </message>
    <message>
      <source>met</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>not met</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>已确认</translation>
    </message>
    <message>
      <source>Superseded</source>
      <translation>已被后续评定取代</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>待确认</translation>
    </message>
    <message>
      <source>Star-level review {year}</source>
      <translation>{year} 年度星级评定</translation>
    </message>
    <message>
      <source>Reading the year's grades…</source>
      <translation>正在读取全年考核等次…</translation>
    </message>
    <message>
      <source>{year}: {n} auxiliary and assistant staff — {up} up, {down} down, {kept} kept; {confirmed} confirmed. Up one star with at least {needed} excellent months and no fail; down one on a fail month or a founded complaint; 5 stars need the year's training met.</source>
      <translation>{year} 年度：辅助执法和协管人员 {n} 人——升星 {up} 人，降星 {down} 人，保持 {kept} 人；已确认 {confirmed} 人。优秀不少于 {needed} 个月且无不合格的升一星；有不合格月份或投诉属实的降一星；评为五星须完成当年培训学时要求。</translation>
    </message>
    <message>
      <source>The year is not over: the review is provisional.</source>
      <translation>本年度尚未结束，评定结果为预评。</translation>
    </message>
    <message>
      <source>Not yet finalised: {months}.</source>
      <translation>尚未定稿：{months}。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Confirm</source>
      <translation>确认</translation>
    </message>
    <message>
      <source>Select the proposed rows to confirm.</source>
      <translation>请选择待确认的行。</translation>
    </message>
    <message>
      <source>Confirm star levels</source>
      <translation>确认星级</translation>
    </message>
    <message>
      <source>Confirm the {year} review for {n} people ({changed} change level)? Their levels for {next} are then recorded, with your name.</source>
      <translation>确认 {n} 人的 {year} 年度星级评定（其中 {changed} 人星级变动）？确认后将以您的名义记录其 {next} 年度星级。</translation>
    </message>
    <message>
      <source>Confirmed {n} people for {year}.</source>
      <translation>已确认 {year} 年度 {n} 人的星级。</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>已写入：{path}</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
  </context>
  <context>
    <name>StarsTab</name>
    <message>
      <source>Stars</source>
      <translation>月度之星</translation>
    </message>
    <message>
      <source>Entries of this person…</source>
      <translation>查看此人积分记录…</translation>
    </message>
    <message>
      <source>Casework and service stars go to the most capped points of their kind, the most-improved star to the largest rise of the total over last month; a tie shares the star, and a serious violation rules a person out.</source>
      <translation>办案之星、服务之星授予该类封顶后积分最高者，奔跑之星授予总分较上月提升最多者；并列者同获，有严重违纪者不参评。</translation>
    </message>
    <message>
      <source>Casework points {points}</source>
      <translation>办案积分 {points}</translation>
    </message>
    <message>
      <source>Service points {points}</source>
      <translation>服务积分 {points}</translation>
    </message>
    <message>
      <source>Total up {points} on last month</source>
      <translation>总分较上月提升 {points}</translation>
    </message>
    <message>
      <source>Star</source>
      <translation>之星</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Earned by</source>
      <translation>评选依据</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>not awarded</source>
      <translation>空缺</translation>
    </message>
    <message>
      <source>No stars this month yet: nobody has casework or service points, or a rise over last month.</source>
      <translation>本月暂无之星：尚无人有办案、服务积分或较上月提升。</translation>
    </message>
  </context>
  <context>
    <name>TalkDialog</name>
    <message>
      <source>Edit integrity talk</source>
      <translation>编辑廉政谈话</translation>
    </message>
    <message>
      <source>Add integrity talk</source>
      <translation>新增廉政谈话</translation>
    </message>
    <message>
      <source>e.g. 纪检组长</source>
      <translation>如：纪检组长</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>谈话人</translation>
    </message>
    <message>
      <source>Talked to</source>
      <translation>谈话对象</translation>
    </message>
    <message>
      <source>Unit (collective talk)</source>
      <translation>单位（集体谈话）</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>TalksTab</name>
    <message>
      <source>Search person, unit, who held it, notes…</source>
      <translation>搜索人员、单位、谈话人、备注…</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>新增…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>谈话人</translation>
    </message>
    <message>
      <source>Talked to</source>
      <translation>谈话对象</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>TamperWarning</name>
    <message>
      <source>Audit log verified</source>
      <translation>审计日志校验通过</translation>
    </message>
    <message>
      <source>The audit log is intact ({rows} rows) and every record matches it ({records} records checked).</source>
      <translation>审计日志完整（共 {rows} 条），每条记录都与审计日志一致（已核对 {records} 条记录）。</translation>
    </message>
    <message>
      <source>The audit log itself was altered.</source>
      <translation>审计日志本身已被篡改。</translation>
    </message>
    <message>
      <source>Tell the supervision squad's administrator.</source>
      <translation>请告知督察队系统管理员。</translation>
    </message>
    <message>
      <source>Data changed outside Ducha</source>
      <translation>数据在程序外被改动</translation>
    </message>
    <message>
      <source>The audit check found changes that were not made in Ducha. Rankings and records may not be what was entered.</source>
      <translation>审计核查发现了并非通过本程序所做的改动。排名和各项记录可能已与录入时不符。</translation>
    </message>
    <message>
      <source>Audit check not finished</source>
      <translation>审计校验未完成</translation>
    </message>
    <message>
      <source>The check that the records match the audit log could not finish, so changes made outside Ducha may have gone unnoticed. Run it again with Help → Verify the audit log, or tell the administrator.</source>
      <translation>核对记录与审计日志是否一致的检查未能完成，在本程序之外所做的改动可能未被发现。请通过“帮助 → 校验审计日志”重新运行，或告知管理员。</translation>
    </message>
  </context>
  <context>
    <name>TrainingPage</name>
    <message>
      <source>Training</source>
      <translation>教育培训</translation>
    </message>
    <message>
      <source>Sessions held</source>
      <translation>已举办培训</translation>
    </message>
    <message>
      <source>Person-times trained</source>
      <translation>参训人次</translation>
    </message>
    <message>
      <source>Average hours</source>
      <translation>人均学时</translation>
    </message>
    <message>
      <source>On pace or done</source>
      <translation>进度正常或已完成</translation>
    </message>
    <message>
      <source>Exam pass rate</source>
      <translation>考试合格率</translation>
    </message>
    <message>
      <source>Certificates expiring</source>
      <translation>证照即将到期</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>学时进度</translation>
    </message>
    <message>
      <source>Year-end projection</source>
      <translation>年末学时预测</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>Exams</source>
      <translation>考试</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>证照</translation>
    </message>
    <message>
      <source>Open everyone's training progress</source>
      <translation>查看全体在岗人员的学时进度</translation>
    </message>
    <message>
      <source>{year}, up to {today}</source>
      <translation>{year}年，截至 {today}</translation>
    </message>
    <message>
      <source>{hours} hours credited</source>
      <translation>认定学时 {hours}</translation>
    </message>
    <message>
      <source>{hours} h</source>
      <translation>{hours} 学时</translation>
    </message>
    <message>
      <source>over {n} people on strength; {total} h in {year}</source>
      <translation>按 {n} 名在岗人员 · {year} 年共 {total} 学时</translation>
    </message>
    <message>
      <source>{done} done, {on} on pace, {behind} behind of {n}</source>
      <translation>{n} 人中已完成 {done}，进度正常 {on}，滞后 {behind}</translation>
    </message>
    <message>
      <source>{passed} of {sat} papers passed</source>
      <translation>参考 {sat} 人次，合格 {passed} 人次</translation>
    </message>
    <message>
      <source>within 90 days; {expired} expired</source>
      <translation>90 天内到期；已过期 {expired} 本</translation>
    </message>
  </context>
  <context>
    <name>TrainingReportPanel</name>
    <message>
      <source>Preview and print…</source>
      <translation>预览并打印…</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>保存 PDF…</translation>
    </message>
    <message>
      <source>Training hours report for the year:</source>
      <translation>年度教育培训学时情况通报：</translation>
    </message>
    <message>
      <source>training-{year}.pdf</source>
      <translation>培训学时通报-{year}.pdf</translation>
    </message>
    <message>
      <source>Save PDF</source>
      <translation>保存 PDF</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Training hours report {year}</source>
      <translation>{year}年教育培训学时情况通报</translation>
    </message>
    <message>
      <source>Writing {title}…</source>
      <translation>正在生成{title}…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>已写入：{path}</translation>
    </message>
    <message>
      <source>The report could not be written: {error}</source>
      <translation>报告未能生成：{error}</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>报告</translation>
    </message>
  </context>
  <context>
    <name>TrainingSettingsPanel</name>
    <message>
      <source>Yearly training requirements. Hours expected by a date are the requirement × the share of the year passed before it (nothing on 1 January, all of it once the year is over); someone hired during the year owes a share from the day of hire. Hours count towards the requirement of their own category.</source>
      <translation>年度培训学时要求。某日应达学时 = 年度要求 × 该日之前已过天数占全年的比例（1 月 1 日为 0，年度结束后为全部）；年中入职人员自入职之日起按比例计算。学时只计入同类别的要求。</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Training category</source>
      <translation>培训类别</translation>
    </message>
    <message>
      <source>Hours a year</source>
      <translation>每年学时</translation>
    </message>
    <message>
      <source>Add requirement</source>
      <translation>新增要求</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>An unexcused absence books PX03 (无故缺席培训) of the rule catalogue</source>
      <translation>无故缺席按考核细则 PX03（无故缺席培训）扣分</translation>
    </message>
    <message>
      <source>A failed exam books PX02 (业务考试不合格) of the rule catalogue</source>
      <translation>考试不合格按考核细则 PX02（业务考试不合格）扣分</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Transfer to another unit</source>
      <translation>调动至其他单位</translation>
    </message>
    <message>
      <source>— choose the new unit —</source>
      <translation>— 请选择调入单位 —</translation>
    </message>
    <message>
      <source>There is no other unit you may transfer to; ask an administrator.</source>
      <translation>没有您可以调入的其他单位，请联系管理员办理。</translation>
    </message>
    <message>
      <source>New unit</source>
      <translation>调入单位</translation>
    </message>
    <message>
      <source>Effective date</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>调动原因</translation>
    </message>
  </context>
  <context>
    <name>UnitBars</name>
    <message>
      <source>{done} done · {on} on pace · {behind} behind</source>
      <translation>已完成 {done} · 正常 {on} · 滞后 {behind}</translation>
    </message>
  </context>
  <context>
    <name>UnitDialog</name>
    <message>
      <source>Rename unit</source>
      <translation>重命名单位</translation>
    </message>
    <message>
      <source>Add unit</source>
      <translation>新增单位</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Belongs to</source>
      <translation>上级单位</translation>
    </message>
  </context>
  <context>
    <name>VerifyCodeDialog</name>
    <message>
      <source>Verify a printed bulletin</source>
      <translation>核验纸质通报</translation>
    </message>
    <message>
      <source>Every printed monthly bulletin carries a verification code (XXXX-XXXX-XXXX) at the foot of each page. Type it to check that the month's figures and the audit log are still as they were when it was printed.</source>
      <translation>每份打印的月度通报在每页页脚都印有核验码（XXXX-XXXX-XXXX）。输入核验码，即可核对该月数据和审计日志是否仍与打印时一致。</translation>
    </message>
    <message>
      <source>Verification code:</source>
      <translation>核验码：</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>核验</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在核验…</translation>
    </message>
    <message>
      <source>Verified: this bulletin matches the database.</source>
      <translation>核验通过：这份通报与数据库一致。</translation>
    </message>
    <message>
      <source>NOT verified: this bulletin does not match.</source>
      <translation>核验未通过：这份通报与数据库不一致。</translation>
    </message>
  </context>
  <context>
    <name>WarningSettingsPanel</name>
    <message>
      <source>Early warnings flag people before problems grow. A rule warns a person again only when there are new records behind it. Each rule has two levels, each with its own threshold: a warning, and a critical warning for the graver cases; an open warning that comes to meet the critical threshold is raised to it. The hits per level and the share of dismissed warnings show which thresholds to tune.</source>
      <translation>预警在问题苗头出现时提醒督察。同一规则只有出现新的记录时才会再次预警。每条规则分两级，各设阈值：预警，以及情节较重时的严重预警；待处置的预警达到严重预警阈值时自动升级。各级预警条数和误报排除比例可供调整阈值参考。</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Warnings so far</source>
      <translation>历史预警</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>none yet</source>
      <translation>暂无</translation>
    </message>
    <message>
      <source>{fired} so far: {warning} warnings, {critical} critical ({raised} raised to critical); {open} awaiting action; {dismissed} dismissed as unfounded ({share})</source>
      <translation>累计 {fired} 条：预警 {warning} 条，严重预警 {critical} 条（其中升级 {raised} 条）；待处置 {open} 条；误报排除 {dismissed} 条（{share}）</translation>
    </message>
    <message>
      <source>Saved. The next check uses these settings.</source>
      <translation>已保存，下次检查时生效。</translation>
    </message>
  </context>
  <context>
    <name>WarningsTab</name>
    <message>
      <source>All warnings</source>
      <translation>全部预警</translation>
    </message>
    <message>
      <source>Both levels</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <source>Show warnings of one level only</source>
      <translation>只看某一等级的预警</translation>
    </message>
    <message>
      <source>Search name, unit, warning…</source>
      <translation>搜索姓名、单位、预警…</translation>
    </message>
    <message>
      <source>Check now</source>
      <translation>立即检查</translation>
    </message>
    <message>
      <source>Run the early-warning rules on today's records; only new evidence warns.</source>
      <translation>按当前记录运行预警规则；只有出现新的依据才会再次预警。</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>预警</translation>
    </message>
    <message>
      <source>Records behind the warning</source>
      <translation>预警依据</translation>
    </message>
    <message>
      <source>Acknowledge…</source>
      <translation>处置…</translation>
    </message>
    <message>
      <source>Resolve…</source>
      <translation>办结…</translation>
    </message>
    <message>
      <source>Dismiss…</source>
      <translation>排除…</translation>
    </message>
    <message>
      <source>Person's profile…</source>
      <translation>人员档案…</translation>
    </message>
    <message>
      <source>Raised to critical on {date}</source>
      <translation>{date} 升级为严重预警</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>预警日期</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>预警</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>预警等级</translation>
    </message>
    <message>
      <source>Grounds</source>
      <translation>预警依据</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Action or reason</source>
      <translation>措施或理由</translation>
    </message>
    <message>
      <source>{shown} of {total} warnings</source>
      <translation>共 {total} 条预警，显示 {shown} 条</translation>
    </message>
    <message>
      <source>{level}: {grounds}</source>
      <translation>{level}：{grounds}</translation>
    </message>
    <message>
      <source>{status} by {who} on {date}: {text}</source>
      <translation>{who} 于 {date} {status}：{text}</translation>
    </message>
    <message>
      <source>Acknowledge warnings</source>
      <translation>确认预警</translation>
    </message>
    <message>
      <source>Record the action taken on the {n} selected warnings:</source>
      <translation>请填写对所选 {n} 条预警采取的措施：</translation>
    </message>
    <message>
      <source>Acknowledge</source>
      <translation>确认</translation>
    </message>
    <message>
      <source>{n} warnings acknowledged</source>
      <translation>已确认 {n} 条预警</translation>
    </message>
    <message>
      <source>Resolve warnings</source>
      <translation>办结预警</translation>
    </message>
    <message>
      <source>Close the {n} selected warnings: how were the matters settled?</source>
      <translation>办结所选 {n} 条预警：问题是如何解决的？</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>{n} warnings resolved</source>
      <translation>已办结 {n} 条预警</translation>
    </message>
    <message>
      <source>Dismiss warnings</source>
      <translation>排除预警</translation>
    </message>
    <message>
      <source>Dismiss the {n} selected warnings as unfounded? Say why.</source>
      <translation>将所选 {n} 条预警作为误报排除？请说明理由。</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>排除</translation>
    </message>
    <message>
      <source>{n} warnings dismissed</source>
      <translation>已排除 {n} 条预警</translation>
    </message>
    <message>
      <source>Warning acknowledged: {name}</source>
      <translation>已处置预警：{name}</translation>
    </message>
    <message>
      <source>Dismiss warning</source>
      <translation>排除预警</translation>
    </message>
    <message>
      <source>Dismiss the warning on {name} ({rule}) as unfounded? Say why: the share of dismissed warnings shows which rules need other thresholds.</source>
      <translation>将 {name} 的预警（{rule}）作为误报排除？请说明理由：各规则的误报比例可用于调整预警阈值。</translation>
    </message>
    <message>
      <source>Warning dismissed: {name}</source>
      <translation>已排除预警：{name}</translation>
    </message>
    <message>
      <source>Resolve warning</source>
      <translation>办结预警</translation>
    </message>
    <message>
      <source>Close the warning on {name} ({rule}): how was the matter settled?</source>
      <translation>办结 {name} 的预警（{rule}）：问题是如何解决的？</translation>
    </message>
    <message>
      <source>Warning resolved: {name}</source>
      <translation>已办结预警：{name}</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>正在检查…</translation>
    </message>
    <message>
      <source>Early-warning rules checked: {n} new warnings ({critical} critical), {raised} raised to critical</source>
      <translation>预警规则已运行：新增预警 {n} 条（其中严重预警 {critical} 条），{raised} 条升级为严重预警</translation>
    </message>
    <message>
      <source>Early-warning rules checked: {n} new warnings ({critical} critical)</source>
      <translation>预警规则已运行：新增预警 {n} 条（其中严重预警 {critical} 条）</translation>
    </message>
    <message>
      <source>The rules could not be run: {error}</source>
      <translation>无法运行预警规则：{error}</translation>
    </message>
  </context>
  <context>
    <name>account_policy</name>
    <message>
      <source>Failed sign-ins before locking</source>
      <translation>连续登录失败几次后锁定</translation>
    </message>
    <message>
      <source>Lockout (minutes)</source>
      <translation>锁定时长（分钟）</translation>
    </message>
    <message>
      <source>Password life (days)</source>
      <translation>密码有效期（天）</translation>
    </message>
    <message>
      <source>Warn before expiry (days)</source>
      <translation>到期前提醒（天）</translation>
    </message>
    <message>
      <source>Lock when idle (minutes)</source>
      <translation>无操作自动锁屏（分钟）</translation>
    </message>
    <message>
      <source>{setting} must be between {low} and {high}.</source>
      <translation>{setting}须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
      <source>The warning must start before the password expires.</source>
      <translation>提醒须在密码到期之前开始。</translation>
    </message>
    <message>
      <source>The sign-in and password policy was changed on another desktop since you opened it. Nothing was saved: reload to see it, then try again.</source>
      <translation>登录与密码策略在您打开后已被其他电脑修改，本次未保存。请重新载入查看后再试。</translation>
    </message>
  </context>
  <context>
    <name>accounts</name>
    <message>
      <source>No such account.</source>
      <translation>该账号不存在。</translation>
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation>不能停用自己的账号。</translation>
    </message>
    <message>
      <source>The last active holder of an administrator duty cannot be disabled: appoint another first.</source>
      <translation>该账号是这项管理员职责的最后一名在用人员，不能停用：请先任命其他人员。</translation>
    </message>
    <message>
      <source>The last active administrator cannot be disabled.</source>
      <translation>不能停用最后一个启用中的管理员账号。</translation>
    </message>
    <message>
      <source>This account is not locked.</source>
      <translation>该账号未被锁定。</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Demo bureau: sign in as {user} / {password}.</source>
      <translation>演示数据：请使用 {user} / {password} 登录。</translation>
    </message>
    <message>
      <source>Database in a network folder</source>
      <translation>数据库位于网络文件夹</translation>
    </message>
    <message>
      <source>Cannot open the database</source>
      <translation>无法打开数据库</translation>
    </message>
    <message>
      <source>Ducha could not open {db}:
{error}</source>
      <translation>无法打开数据库 {db}：
{error}</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>备份</translation>
    </message>
  </context>
  <context>
    <name>audit_log</name>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>账号</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>调动</translation>
    </message>
    <message>
      <source>Point entry</source>
      <translation>积分记录</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>考核细则条目</translation>
    </message>
    <message>
      <source>Rule catalogue</source>
      <translation>考核细则</translation>
    </message>
    <message>
      <source>Monthly result</source>
      <translation>月度考核结果</translation>
    </message>
    <message>
      <source>Month lock</source>
      <translation>月度锁定</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>督察检查</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Case-file review</source>
      <translation>案卷评查</translation>
    </message>
    <message>
      <source>Risk point</source>
      <translation>廉政风险点</translation>
    </message>
    <message>
      <source>Pledge</source>
      <translation>廉洁自律承诺书</translation>
    </message>
    <message>
      <source>Integrity talk</source>
      <translation>廉政谈话</translation>
    </message>
    <message>
      <source>Major-matter report</source>
      <translation>重大事项报告</translation>
    </message>
    <message>
      <source>Early warning</source>
      <translation>预警</translation>
    </message>
    <message>
      <source>Training session</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>培训出勤</translation>
    </message>
    <message>
      <source>Exam</source>
      <translation>考试</translation>
    </message>
    <message>
      <source>Exam result</source>
      <translation>考试成绩</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证件</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Audit log export</source>
      <translation>导出审计日志</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <source>Sign-in</source>
      <translation>登录</translation>
    </message>
    <message>
      <source>Sign-out</source>
      <translation>退出登录</translation>
    </message>
    <message>
      <source>Sign-in after idle lock</source>
      <translation>锁屏后重新登录</translation>
    </message>
    <message>
      <source>Password change</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <source>Lockout</source>
      <translation>账号锁定</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>解除锁定</translation>
    </message>
    <message>
      <source>Bulletin printed</source>
      <translation>打印通报</translation>
    </message>
    <message>
      <source>Month seal</source>
      <translation>月份封存</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>成功</translation>
    </message>
    <message>
      <source>Succeeded</source>
      <translation>成功</translation>
    </message>
    <message>
      <source>Wrong password</source>
      <translation>密码错误</translation>
    </message>
    <message>
      <source>Unknown user name</source>
      <translation>用户名不存在</translation>
    </message>
    <message>
      <source>Refused: locked out</source>
      <translation>拒绝：账号已锁定</translation>
    </message>
    <message>
      <source>Refused: account disabled</source>
      <translation>拒绝：账号已停用</translation>
    </message>
    <message>
      <source>Password must be changed first</source>
      <translation>须先修改密码</translation>
    </message>
    <message>
      <source>Locked out</source>
      <translation>已锁定</translation>
    </message>
    <message>
      <source>Unlocked</source>
      <translation>已解锁</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>被拒绝</translation>
    </message>
    <message>
      <source>Sealed</source>
      <translation>已封存</translation>
    </message>
    <message>
      <source>Lifted (reopened)</source>
      <translation>已解除（重新开放）</translation>
    </message>
    <message>
      <source>At the upgrade (finalised by an earlier version)</source>
      <translation>升级时（由旧版本定稿的月份）</translation>
    </message>
    <message>
      <source>Combined administrator duties</source>
      <translation>三员兼任设置</translation>
    </message>
    <message>
      <source>Bureau language</source>
      <translation>本局语言</translation>
    </message>
    <message>
      <source>Scoring settings</source>
      <translation>考核设置</translation>
    </message>
    <message>
      <source>Training requirements</source>
      <translation>培训学时要求</translation>
    </message>
    <message>
      <source>Warning rules</source>
      <translation>预警规则</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>简称</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Administrator duties</source>
      <translation>管理员职责</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>最近登录</translation>
    </message>
    <message>
      <source>Parent unit</source>
      <translation>上级单位</translation>
    </message>
    <message>
      <source>From unit</source>
      <translation>调出单位</translation>
    </message>
    <message>
      <source>To unit</source>
      <translation>调入单位</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>人员类别</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <source>Left on</source>
      <translation>离职日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Monthly cap</source>
      <translation>月度上限</translation>
    </message>
    <message>
      <source>Base score</source>
      <translation>基础分</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>之星</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>已锁定</translation>
    </message>
    <message>
      <source>Reason for reopening</source>
      <translation>重新打开的理由</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>佐证材料</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>分数</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>取值</translation>
    </message>
    <message>
      <source>Rows written together</source>
      <translation>批量写入条数</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>条数</translation>
    </message>
    <message>
      <source>Filter</source>
      <translation>筛选条件</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Failed attempts</source>
      <translation>连续失败次数</translation>
    </message>
    <message>
      <source>Locked until</source>
      <translation>锁定至</translation>
    </message>
    <message>
      <source>Was locked until</source>
      <translation>原锁定至</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Digest scheme</source>
      <translation>摘要算法版本</translation>
    </message>
    <message>
      <source>Digest of the results</source>
      <translation>考核结果摘要</translation>
    </message>
    <message>
      <source>Digest of the entries</source>
      <translation>积分记录摘要</translation>
    </message>
    <message>
      <source>Digest of the lock</source>
      <translation>定稿记录摘要</translation>
    </message>
    <message>
      <source>Seal</source>
      <translation>封存摘要</translation>
    </message>
    <message>
      <source>Sealed at</source>
      <translation>封存时机</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Printed as final</source>
      <translation>按定稿打印</translation>
    </message>
    <message>
      <source>Audit chain head</source>
      <translation>审计链末端</translation>
    </message>
    <message>
      <source>Chain head as recorded</source>
      <translation>链头与记录一致</translation>
    </message>
    <message>
      <source>Copy of the replaced database</source>
      <translation>被替换数据库的副本</translation>
    </message>
    <message>
      <source>Replaced database's chain head</source>
      <translation>被替换数据库的链头</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>排序</translation>
    </message>
    <message>
      <source>Legal qualification</source>
      <translation>法律职业资格</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <source>Please sign in first.</source>
      <translation>请先登录。</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
  </context>
  <context>
    <name>auth</name>
    <message>
      <source>{why}
Sign in to the console once to choose it; commands work again after that.</source>
      <translation>{why}
请先登录一次督察控制台设置新密码，之后即可继续使用命令。</translation>
    </message>
    <message>
      <source>An administrator set this password. Choose your own before you continue.</source>
      <translation>此密码由管理员设置，请先设置您自己的密码再继续。</translation>
    </message>
    <message>
      <source>Your password has expired. Choose a new one to continue.</source>
      <translation>您的密码已过期，请设置新密码后继续。</translation>
    </message>
    <message>
      <source>Your password no longer meets the bureau's password rules. Choose a new one to continue.</source>
      <translation>您的密码已不符合本局的密码规则，请设置新密码后继续。</translation>
    </message>
    <message>
      <source>This account still has the demo bureau's published password, which only the demo may use. Choose your own before you continue.</source>
      <translation>该账号仍在使用演示单位的公开密码，此密码仅限演示使用。请先设置您自己的密码再继续。</translation>
    </message>
    <message>
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <source>Too many failed sign-ins: this account is locked for {minutes} minutes, until {time}. An administrator can unlock it sooner.</source>
      <translation>登录失败次数过多：该账号已锁定 {minutes} 分钟，至 {time} 解除。管理员可提前解锁。</translation>
    </message>
    <message>
      <source>The new password must differ from the current one.</source>
      <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
      <source>User name is required.</source>
      <translation>请填写用户名。</translation>
    </message>
    <message>
      <source>Use letters, digits, dots and underscores only.</source>
      <translation>只能使用字母、数字、点和下划线。</translation>
    </message>
    <message>
      <source>This user name is taken.</source>
      <translation>该用户名已被占用。</translation>
    </message>
    <message>
      <source>Display name is required.</source>
      <translation>请填写显示名称。</translation>
    </message>
    <message>
      <source>A squad leader must be given a unit.</source>
      <translation>中队长账号必须指定所属单位。</translation>
    </message>
    <message>
      <source>No such unit.</source>
      <translation>该单位不存在。</translation>
    </message>
    <message>
      <source>The first account must be an admin.</source>
      <translation>第一个账号必须是管理员。</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>backups</name>
    <message>
      <source>{head} (this database has no record of taking this backup)</source>
      <translation>{head}（本数据库没有制作这份备份的记录）</translation>
    </message>
    <message>
      <source>{head}, as recorded when this backup was taken</source>
      <translation>{head}，与制作备份时记录的一致</translation>
    </message>
    <message>
      <source>{head}, DIFFERENT from the head recorded when this backup was taken ({recorded}): this file is not the backup that was made, or it was altered since</source>
      <translation>{head}，与制作备份时记录的链头（{recorded}）不一致：该文件不是当时制作的备份，或此后被改动过</translation>
    </message>
    <message>
      <source>made by an earlier version of Ducha; it is brought up to date after the restore</source>
      <translation>由较早版本的督察系统生成，恢复后将自动升级</translation>
    </message>
    <message>
      <source>the same as this version of Ducha</source>
      <translation>与当前版本的督察系统一致</translation>
    </message>
    <message>
      <source>Ducha backs up and restores only SQLite database files. A PostgreSQL server is backed up with the server's own tools (pg_dump, pg_restore).</source>
      <translation>督察系统只备份和恢复本机数据库文件。PostgreSQL 服务器数据库请使用服务器自带工具（pg_dump、pg_restore）备份和恢复。</translation>
    </message>
    <message>
      <source>The backup copy failed its check ({problem}); it was not kept.</source>
      <translation>备份副本未通过校验（{problem}），未予保留。</translation>
    </message>
    <message>
      <source>The backup failed: {error}</source>
      <translation>备份失败：{error}</translation>
    </message>
    <message>
      <source>not a database file</source>
      <translation>不是数据库文件</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>文件已损坏</translation>
    </message>
    <message>
      <source>not a Ducha database</source>
      <translation>不是督察系统的数据库</translation>
    </message>
    <message>
      <source>its audit log has been altered</source>
      <translation>其审计日志已被改动</translation>
    </message>
    <message>
      <source>There is no file {path}.</source>
      <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
      <source>{path} is a folder, not a backup file.</source>
      <translation>{path} 是文件夹，不是备份文件。</translation>
    </message>
    <message>
      <source>{path} cannot be used as a backup: {problem}.</source>
      <translation>{path} 不能作为备份使用：{problem}。</translation>
    </message>
    <message>
      <source>{path} cannot be read: {error}</source>
      <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
      <source>There is no database file {path}.</source>
      <translation>数据库文件 {path} 不存在。</translation>
    </message>
    <message>
      <source>{db} holds tables that Ducha did not create; it is left untouched.</source>
      <translation>{db} 中含有非督察系统创建的数据表，未作任何改动。</translation>
    </message>
    <message>
      <source>{path} cannot be checked: {problem}.</source>
      <translation>无法校验 {path}：{problem}。</translation>
    </message>
    <message>
      <source>{path} was made by a newer version of Ducha; update Ducha before restoring it.</source>
      <translation>{path} 由更新版本的督察系统生成，请先升级督察系统再恢复。</translation>
    </message>
    <message>
      <source>{path} is not a Ducha backup.</source>
      <translation>{path} 不是督察系统的备份。</translation>
    </message>
    <message>
      <source>That file is the database in use, not a backup.</source>
      <translation>该文件是正在使用的数据库，不是备份。</translation>
    </message>
    <message>
      <source>The copied backup failed its check ({problem}); nothing was restored.</source>
      <translation>复制后的备份未通过校验（{problem}），未恢复任何数据。</translation>
    </message>
    <message>
      <source>The database could not be replaced: {error}. Nothing was restored.</source>
      <translation>无法替换数据库：{error}。未恢复任何数据。</translation>
    </message>
    <message>
      <source>The database is open in another Ducha window or program. Close it there and restore again; nothing was changed.</source>
      <translation>数据库正被另一个督察系统窗口或其他程序使用。请先关闭后再恢复；数据未作任何改动。</translation>
    </message>
  </context>
  <context>
    <name>bulletin</name>
    <message>
      <source>The bulletin covers every unit; a squad leader may print the scorecards of their own people.</source>
      <translation>考核通报涵盖全局各单位，中队长仅可打印本单位人员的个人积分考核卡。</translation>
    </message>
    <message>
      <source>{month} has not begun yet.</source>
      <translation>{month} 尚未开始。</translation>
    </message>
    <message>
      <source>{bureau}: bulletin on the all-staff points-based performance review, {month_name} {year}</source>
      <translation>{bureau}{year}年{month_name}全员目标积分制考核情况通报</translation>
    </message>
    <message>
      <source> (seal broken, not final)</source>
      <translation>（封存失效，非定稿）</translation>
    </message>
    <message>
      <source>Seal broken</source>
      <translation>封存失效</translation>
    </message>
    <message>
      <source> (provisional)</source>
      <translation>（未定稿）</translation>
    </message>
    <message>
      <source>Provisional</source>
      <translation>未定稿</translation>
    </message>
    <message>
      <source>The results of the all-staff points-based performance review for {month_name} {year} are hereby published as follows.</source>
      <translation>现将{year}年{month_name}全员目标积分制考核情况通报如下。</translation>
    </message>
    <message>
      <source>1. Overview</source>
      <translation>一、总体情况</translation>
    </message>
    <message>
      <source>2. Squad ranking</source>
      <translation>二、中队排名</translation>
    </message>
    <message>
      <source>3. Stars of the month</source>
      <translation>三、月度之星</translation>
    </message>
    <message>
      <source>4. Grades</source>
      <translation>四、考核等次</translation>
    </message>
    <message>
      <source>5. Main deductions</source>
      <translation>五、主要扣分情况</translation>
    </message>
    <message>
      <source>6. Individual ranking</source>
      <translation>六、个人积分排名</translation>
    </message>
    <message>
      <source>Verification code: {code}. Check this bulletin against the database in Ducha (Help, Verify a printed bulletin) or with the command: ducha audit verify --code {code}</source>
      <translation>核验码：{code}。可在督察管理系统“帮助—核验纸质通报”中，或用命令 ducha audit verify --code {code}，核对本通报与数据库是否一致。</translation>
    </message>
    <message>
      <source>{issuer}   Code {code}</source>
      <translation>{issuer}　核验码 {code}</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>{name} ({unit})</source>
      <translation>{name}（{unit}）</translation>
    </message>
    <message>
      <source>{names} and others ({count} people)</source>
      <translation>{names}等{count}人</translation>
    </message>
    <message>
      <source>No one was ranked this month.</source>
      <translation>本月无人参加排名。</translation>
    </message>
    <message>
      <source>{people} people were ranked this month (base score {base}). The average score was {average}; the highest was {highest}, scored by {top}; the lowest was {lowest}, scored by {bottom}.</source>
      <translation>本月全局共{people}人参加考核排名（基础分{base}分），平均得分{average}分；最高分{highest}分，为{top}；最低分{lowest}分，为{bottom}。</translation>
    </message>
    <message>
      <source>{excellent} were graded excellent, {good} good, {passed} pass, {basic} basic pass and {fail} fail.</source>
      <translation>经评定，优秀{excellent}人，良好{good}人，合格{passed}人，基本合格{basic}人，不合格{fail}人。</translation>
    </message>
    <message>
      <source>These results were finalised (version {version}) on {date}.</source>
      <translation>本月考核结果已于{date}定稿（第{version}版）。</translation>
    </message>
    <message>
      <source>This month has not been finalised: the results are provisional and may still change.</source>
      <translation>本月考核结果尚未定稿，以上为暂定结果，最终以定稿为准。</translation>
    </message>
    <message>
      <source>No squad was ranked this month.</source>
      <translation>本月无中队参加排名。</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Member average</source>
      <translation>人均得分</translation>
    </message>
    <message>
      <source>Squad points</source>
      <translation>集体加减分</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>综合得分</translation>
    </message>
    <message>
      <source>Squads and town teams are ranked by the average score of their members plus the points awarded to or deducted from the squad as a whole.</source>
      <translation>各中队、镇（街道）执法队按队员人均得分与集体加减分之和排名。</translation>
    </message>
    <message>
      <source>Squad scores (the axis starts at {low})</source>
      <translation>各中队综合得分（横轴自{low}分起）</translation>
    </message>
    <message>
      <source>No stars were awarded this month.</source>
      <translation>本月未评出月度之星。</translation>
    </message>
    <message>
      <source>Star</source>
      <translation>评选项目</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <source>No deductions were recorded this month.</source>
      <translation>本月无扣分记录。</translation>
    </message>
    <message>
      <source>Rule category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>条数</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Approved deductions of the month by rule category, as recorded (before the monthly caps of the rules).</source>
      <translation>本月经审核通过的扣分按细则类别汇总如下（按记录分值统计，未计各细则月度封顶）。</translation>
    </message>
    <message>
      <source>Base</source>
      <translation>基础分</translation>
    </message>
    <message>
      <source>Awards</source>
      <translation>加分</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Unit rank</source>
      <translation>单位名次</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>之星</translation>
    </message>
    <message>
      <source>Ties share a rank. The rank is bureau-wide; the unit rank is within the person's unit.</source>
      <translation>注：同分者名次并列；名次为全局排名，单位名次为本单位内排名。</translation>
    </message>
    <message>
      <source>To all squads, town teams and departments:</source>
      <translation>各中队、各镇（街道）执法队、局机关各科室：</translation>
    </message>
    <message>
      <source>Supervision Bulletin</source>
      <translation>督察通报</translation>
    </message>
    <message>
      <source>{year}, issue {issue}</source>
      <translation>{year}年第{issue}期</translation>
    </message>
  </context>
  <context>
    <name>changes</name>
    <message>
      <source>The database cannot be reached; changes from other desktops are not shown.</source>
      <translation>无法连接数据库，其他电脑上的改动暂不显示。</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>database file or URL (default: the user data folder)</source>
      <translation>数据库文件或 URL（默认：用户数据文件夹）</translation>
    </message>
    <message>
      <source>at least {n} people (every unit needs a head and staff)</source>
      <translation>至少 {n} 人（每个单位都需要负责人和工作人员）</translation>
    </message>
    <message>
      <source>Ducha supervisory console.</source>
      <translation>督察管理系统。</translation>
    </message>
    <message>
      <source>language of the interface</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <source>the account to act as (the password is asked, or read from DUCHA_PASSWORD)</source>
      <translation>以哪个账号执行（密码在提示时输入，或从环境变量 DUCHA_PASSWORD 读取）</translation>
    </message>
    <message>
      <source>open on a fresh demo bureau</source>
      <translation>使用新生成的演示数据打开</translation>
    </message>
    <message>
      <source>open the console (the default)</source>
      <translation>打开图形界面（默认）</translation>
    </message>
    <message>
      <source>generate the demo bureau</source>
      <translation>生成演示数据</translation>
    </message>
    <message>
      <source>last day of demo activity</source>
      <translation>演示数据的截止日期</translation>
    </message>
    <message>
      <source>replace an existing demo file</source>
      <translation>覆盖已有的演示数据文件</translation>
    </message>
    <message>
      <source>manage accounts</source>
      <translation>管理账号</translation>
    </message>
    <message>
      <source>add an account</source>
      <translation>新增账号</translation>
    </message>
    <message>
      <source>display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <source>unit name (required for a squad leader)</source>
      <translation>单位名称（中队长必填）</translation>
    </message>
    <message>
      <source>read the password from stdin</source>
      <translation>从标准输入读取密码</translation>
    </message>
    <message>
      <source>list accounts</source>
      <translation>列出全部账号</translation>
    </message>
    <message>
      <source>manage the unit tree</source>
      <translation>管理单位树</translation>
    </message>
    <message>
      <source>add a unit</source>
      <translation>新增单位</translation>
    </message>
    <message>
      <source>name of the unit it belongs to (not for the bureau)</source>
      <translation>上级单位名称（局本身不填）</translation>
    </message>
    <message>
      <source>list the units</source>
      <translation>列出单位</translation>
    </message>
    <message>
      <source>copy the database to a backup file</source>
      <translation>将数据库复制为备份文件</translation>
    </message>
    <message>
      <source>replace the database with a backup file</source>
      <translation>用备份文件替换数据库</translation>
    </message>
    <message>
      <source>restore without asking to confirm</source>
      <translation>不经确认直接恢复</translation>
    </message>
    <message>
      <source>where to keep the copy of the database being replaced</source>
      <translation>被替换数据库的留存副本存放位置</translation>
    </message>
    <message>
      <source>audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>check the audit log's hash chain and that every record matches it</source>
      <translation>校验审计日志的哈希链，并核对每条记录是否与日志一致</translation>
    </message>
    <message>
      <source>a head printed by an earlier verify: it must still be in the log</source>
      <translation>此前校验时打印的链头：它必须仍在日志中</translation>
    </message>
    <message>
      <source>a backup file: the log must still hold the backup's newest row</source>
      <translation>备份文件：日志中必须仍有该备份的最新一条记录</translation>
    </message>
    <message>
      <source>a printed bulletin's verification code: check the paper against the database</source>
      <translation>纸质通报上的核验码：将纸质通报与数据库核对</translation>
    </message>
    <message>
      <source>ducha: warning: {text}</source>
      <translation>ducha: 注意：{text}</translation>
    </message>
    <message>
      <source>Demo bureau generated in {db}</source>
      <translation>演示数据已生成：{db}</translation>
    </message>
    <message>
      <source>{people} people, {units} units, {events} point events over {months} months</source>
      <translation>{people} 名人员、{units} 个单位，{months} 个月共 {events} 条积分记录</translation>
    </message>
    <message>
      <source>Sign in as {user} with password {password}</source>
      <translation>请使用用户名 {user}、密码 {password} 登录</translation>
    </message>
    <message>
      <source>the two passwords differ</source>
      <translation>两次输入的密码不一致</translation>
    </message>
    <message>
      <source>The system administrator {user}:</source>
      <translation>系统管理员 {user}：</translation>
    </message>
    <message>
      <source> (disabled)</source>
      <translation>（已停用）</translation>
    </message>
    <message>
      <source>no unit named {name}</source>
      <translation>不存在名为 {name} 的单位</translation>
    </message>
    <message>
      <source>Account {user} created ({role}).</source>
      <translation>账号 {user} 已创建（{role}）。</translation>
    </message>
    <message>
      <source>Unit {name} added.</source>
      <translation>已新增单位 {name}。</translation>
    </message>
    <message>
      <source>Password of the new account: </source>
      <translation>新账号的密码：</translation>
    </message>
    <message>
      <source>Password: </source>
      <translation>密码：</translation>
    </message>
    <message>
      <source>Repeat password: </source>
      <translation>确认密码：</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>备份已保存至 {path}</translation>
    </message>
    <message>
      <source>It will replace {db}.</source>
      <translation>将替换 {db}。</translation>
    </message>
    <message>
      <source>Restore this backup? [y/N] </source>
      <translation>确定恢复此备份吗？[y/N] </translation>
    </message>
    <message>
      <source>Nothing was restored.</source>
      <translation>未恢复任何数据。</translation>
    </message>
    <message>
      <source>Restored from {path}.</source>
      <translation>已从 {path} 恢复。</translation>
    </message>
    <message>
      <source>The database it replaced was kept as {path}</source>
      <translation>被替换的数据库已留存为 {path}</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>备份文件</translation>
    </message>
    <message>
      <source>Bureau</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>最后修改</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Point entries</source>
      <translation>积分记录</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>intact, {n} rows</source>
      <translation>完整，共 {n} 条</translation>
    </message>
    <message>
      <source>Audit chain head</source>
      <translation>审计日志链头</translation>
    </message>
    <message>
      <source>Schema</source>
      <translation>数据版本</translation>
    </message>
    <message>
      <source>y</source>
      <translation>是</translation>
    </message>
    <message>
      <source>previous hash does not match</source>
      <translation>与上一条记录的哈希不符</translation>
    </message>
    <message>
      <source>content does not match its hash</source>
      <translation>内容与其哈希不符</translation>
    </message>
    <message>
      <source>the recorded head is missing: rows were removed</source>
      <translation>记录的链头已不存在：日志被删除了记录</translation>
    </message>
    <message>
      <source>the recorded head has a different hash</source>
      <translation>记录的链头哈希已改变</translation>
    </message>
    <message>
      <source>--expect takes ID:HASH as printed by audit verify</source>
      <translation>--expect 的格式为“编号:哈希”，即 audit verify 打印的链头</translation>
    </message>
    <message>
      <source>{path} holds no audit rows to compare with.</source>
      <translation>{path} 中没有可供比对的审计记录。</translation>
    </message>
    <message>
      <source>audit row {id}: {problem}</source>
      <translation>审计记录 {id}：{problem}</translation>
    </message>
    <message>
      <source>The audit log has been altered: {n} problems in {checked} rows.</source>
      <translation>审计日志已被篡改：共校验 {checked} 条记录，发现 {n} 处问题。</translation>
    </message>
    <message>
      <source>Audit log intact: {checked} rows verified.</source>
      <translation>审计日志完整：已校验 {checked} 条记录。</translation>
    </message>
    <message>
      <source>Head (note it down to detect later removals): {head}</source>
      <translation>链头（请记录下来，以便日后发现删除）：{head}</translation>
    </message>
    <message>
      <source>{path} cannot be read: {error}</source>
      <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
      <source>{path} was made by another version of Ducha: open it once with this version to bring it up to date (a backup is taken first), then check it.</source>
      <translation>{path} 由其他版本的督察管理系统创建：请先用本版本打开一次以完成升级（升级前会自动备份），再进行校验。</translation>
    </message>
    <message>
      <source>Records match the audit log: {n} checked.</source>
      <translation>各项记录与审计日志一致：已核对 {n} 条。</translation>
    </message>
    <message>
      <source>Commendation candidates {year}</source>
      <translation>{year}年评优评先人选</translation>
    </message>
    <message>
      <source>Rotation candidates {year}</source>
      <translation>{year}年轮岗人选</translation>
    </message>
    <message>
      <source>not a year (YYYY): {text}</source>
      <translation>不是有效的年份（YYYY）：{text}</translation>
    </message>
    <message>
      <source>not a date (YYYY-MM-DD): {text}</source>
      <translation>不是有效的日期（YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
      <source>the year's candidates for commendation and rotation, with reasons</source>
      <translation>列出全年评优评先和轮岗人选及其理由</translation>
    </message>
    <message>
      <source>one list only</source>
      <translation>只列一类名单</translation>
    </message>
    <message>
      <source>the day the list is drawn up (default: today)</source>
      <translation>名单的统计日期（默认：今天）</translation>
    </message>
    <message>
      <source>machine-readable output</source>
      <translation>以机器可读格式（JSON）输出</translation>
    </message>
    <message>
      <source>{title}: {n} people</source>
      <translation>{title}：共{n}人</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>列入理由</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>the month's contractor assessment and payment</source>
      <translation>本月外包服务考核与付款</translation>
    </message>
    <message>
      <source>also write the bulletin (PDF)</source>
      <translation>同时生成考核通报（PDF）</translation>
    </message>
    <message>
      <source>also write the payment sheet (xlsx)</source>
      <translation>同时生成付款明细表（xlsx）</translation>
    </message>
    <message>
      <source>{month}: {n} companies, {assessed} assessed; fees {fee} yuan, payment {pay} yuan</source>
      <translation>{month}：共 {n} 家企业，已考核 {assessed} 家；月服务费 {fee} 元，应付 {pay} 元</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>企业</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>考核表得分</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Coefficient</source>
      <translation>付款系数</translation>
    </message>
    <message>
      <source>Fee</source>
      <translation>服务费</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>应付金额</translation>
    </message>
    <message>
      <source>not assessed</source>
      <translation>未考核</translation>
    </message>
    <message>
      <source>Elimination warning: {name}, below {line} in {months}</source>
      <translation>考核淘汰预警：{name}，低于 {line} 分的月份：{months}</translation>
    </message>
    <message>
      <source>{month} has not begun yet.</source>
      <translation>{month} 尚未开始。</translation>
    </message>
    <message>
      <source>Contractor bulletin {month}</source>
      <translation>外包服务考核通报 {month}</translation>
    </message>
    <message>
      <source>cannot write the file: {reason}</source>
      <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
      <source>Written to {path}</source>
      <translation>已写入 {path}</translation>
    </message>
    <message>
      <source>import a file (.xlsx or .csv); all or nothing</source>
      <translation>导入文件（.xlsx 或 .csv）；有任何错误则整体不导入</translation>
    </message>
    <message>
      <source>check the file and report, save nothing</source>
      <translation>只检查文件并报告结果，不保存</translation>
    </message>
    <message>
      <source>roster</source>
      <translation>花名册导入选项</translation>
    </message>
    <message>
      <source>roster: the date transfers and departures take effect (default: today)</source>
      <translation>花名册：调动和离队的生效日期（默认今天）</translation>
    </message>
    <message>
      <source>roster: create the units the file names and the bureau lacks</source>
      <translation>花名册：创建文件中写到但本局尚没有的单位</translation>
    </message>
    <message>
      <source>roster: mark people not in the file as left on the effective date</source>
      <translation>花名册：将文件中没有的人员在生效日期标记为离职</translation>
    </message>
    <message>
      <source>write a blank import template (.xlsx)</source>
      <translation>生成空白导入模板（.xlsx）</translation>
    </message>
    <message>
      <source>not a date: {value} (write 2026-11-01)</source>
      <translation>不是日期：{value}（请写成 2026-11-01）</translation>
    </message>
    <message>
      <source>row {row}: {message}</source>
      <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
      <source>row {row}, column {column}: {message}</source>
      <translation>第 {row} 行，“{column}”列：{message}</translation>
    </message>
    <message>
      <source>… and {n} more</source>
      <translation>……另有 {n} 人</translation>
    </message>
    <message>
      <source>ducha: {file}: nothing was imported ({n} problems found).</source>
      <translation>ducha：{file}：未导入任何数据（发现 {n} 处问题）。</translation>
    </message>
    <message>
      <source>--effective, --create-units and --deactivate-missing are for the roster</source>
      <translation>--effective、--create-units 和 --deactivate-missing 只用于花名册导入</translation>
    </message>
    <message>
      <source>Rows read: {n}</source>
      <translation>读取行数：{n}</translation>
    </message>
    <message>
      <source>Point events created: {n} ({pending} pending approval), {points} points</source>
      <translation>新增积分记录：{n} 条（待审核 {pending} 条），合计 {points} 分</translation>
    </message>
    <message>
      <source>Earlier events replaced (voided): {n}</source>
      <translation>替换（作废）原有记录：{n} 条</translation>
    </message>
    <message>
      <source>Months: {months}</source>
      <translation>月份：{months}</translation>
    </message>
    <message>
      <source>Dry run: the file is valid; nothing was saved.</source>
      <translation>试运行：文件无误，未保存任何数据。</translation>
    </message>
    <message>
      <source>--create-units creates the missing units under the bureau.</source>
      <translation>加 --create-units 可在本局下新建缺少的单位。</translation>
    </message>
    <message>
      <source>Attendance marks: {created} added, {updated} replaced, in {sessions} sessions</source>
      <translation>签到记录：新增 {created} 条，替换 {updated} 条，涉及 {sessions} 场培训</translation>
    </message>
    <message>
      <source>Hours credited by the file: {hours}</source>
      <translation>本文件认定学时：{hours}</translation>
    </message>
    <message>
      <source>Absence deductions: {booked} booked, {voided} voided</source>
      <translation>缺席扣分：登记 {booked} 条，作废 {voided} 条</translation>
    </message>
    <message>
      <source>Findings recorded: {n}</source>
      <translation>登记问题：{n}个</translation>
    </message>
    <message>
      <source>Deductions booked: {n} ({pending} pending approval), {points} points</source>
      <translation>记扣分：{n}笔（{pending}笔待审核），{points}分</translation>
    </message>
    <message>
      <source>cannot write {path}: {error}</source>
      <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
      <source>Template written to {path}</source>
      <translation>模板已保存至 {path}</translation>
    </message>
    <message>
      <source>the integrity figures of a period</source>
      <translation>一段时间的廉政督察数据</translation>
    </message>
    <message>
      <source>the day deadlines are judged on (default: today)</source>
      <translation>判断整改期限的日期（默认：今天）</translation>
    </message>
    <message>
      <source>run the early-warning rules first</source>
      <translation>先运行预警规则</translation>
    </message>
    <message>
      <source>Early-warning rules checked as of {date}: {n} new warnings ({critical} critical), {raised} raised to critical.</source>
      <translation>已按 {date} 运行预警规则：新增预警 {n} 条（其中严重预警 {critical} 条），{raised} 条升级为严重预警。</translation>
    </message>
    <message>
      <source>Integrity figures {start} to {end} (deadlines judged on {as_of})</source>
      <translation>{start} 至 {end} 廉政督察情况（整改期限以 {as_of} 为准）</translation>
    </message>
    <message>
      <source>Inspections held: {n}</source>
      <translation>开展督察检查：{n} 次</translation>
    </message>
    <message>
      <source>, </source>
      <translation>，</translation>
    </message>
    <message>
      <source>Findings: {n} ({severities})</source>
      <translation>发现问题：{n} 个（{severities}）</translation>
    </message>
    <message>
      <source>By status: {statuses}</source>
      <translation>按状态：{statuses}</translation>
    </message>
    <message>
      <source>Complaints: {n}</source>
      <translation>投诉：{n} 件</translation>
    </message>
    <message>
      <source>Rectification rate: {rate} ({verified} of {due} findings due verified)</source>
      <translation>整改率：{rate}（到期问题 {due} 个，已复核销号 {verified} 个）</translation>
    </message>
    <message>
      <source>Overdue findings: {n}</source>
      <translation>逾期未整改问题：{n} 个</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation>逾期天数</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>检查内容</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>程度</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <source>Open warnings: {n}</source>
      <translation>待处置预警：{n} 条</translation>
    </message>
    <message>
      <source>Training hours report</source>
      <translation>教育培训学时情况通报</translation>
    </message>
    <message>
      <source>Inspection bulletin</source>
      <translation>督察通报</translation>
    </message>
    <message>
      <source>Score card</source>
      <translation>个人积分卡</translation>
    </message>
    <message>
      <source>Red and black lists</source>
      <translation>红黑榜</translation>
    </message>
    <message>
      <source>Quarterly publication</source>
      <translation>季度晾晒通报</translation>
    </message>
    <message>
      <source>Annual ranking</source>
      <translation>年度排名通报</translation>
    </message>
    <message>
      <source>not a month (YYYY-MM): {text}</source>
      <translation>不是有效的月份（YYYY-MM）：{text}</translation>
    </message>
    <message>
      <source>not a quarter (YYYY-Qn): {text}</source>
      <translation>不是有效的季度（YYYY-Qn，如 2026-Q3）：{text}</translation>
    </message>
    <message>
      <source>write a report as PDF</source>
      <translation>生成 PDF 报表</translation>
    </message>
    <message>
      <source>the PDF file</source>
      <translation>PDF 文件</translation>
    </message>
    <message>
      <source>bureau name (default: the root unit's name)</source>
      <translation>局名称（默认：最上层单位的名称）</translation>
    </message>
    <message>
      <source>date of issue (default: today)</source>
      <translation>印发日期（默认：今天）</translation>
    </message>
    <message>
      <source>the monthly bulletin (考核通报)</source>
      <translation>月度考核通报</translation>
    </message>
    <message>
      <source>one person's year (积分考核卡)</source>
      <translation>个人年度积分考核卡</translation>
    </message>
    <message>
      <source>staff number</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>the year's training hours (学时通报)</source>
      <translation>年度教育培训学时情况通报</translation>
    </message>
    <message>
      <source>the date of the pace (default: the date of issue)</source>
      <translation>计算进度的日期（默认印发日期）</translation>
    </message>
    <message>
      <source>the inspection bulletin of a period (督察通报)</source>
      <translation>一段时间的督察通报</translation>
    </message>
    <message>
      <source>the red and black lists of a month or a quarter (红黑榜)</source>
      <translation>某月或某季度的红黑榜</translation>
    </message>
    <message>
      <source>the quarterly publication (季度晾晒)</source>
      <translation>季度晾晒通报</translation>
    </message>
    <message>
      <source>the yearly ranking with the year's stars (年度排名)</source>
      <translation>年度排名及年度之星</translation>
    </message>
    <message>
      <source>no bureau is set up yet: give its name with --bureau</source>
      <translation>尚未设置局名称：请用 --bureau 指定</translation>
    </message>
    <message>
      <source>cannot write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <source>Report written to {path}</source>
      <translation>报表已保存至 {path}</translation>
    </message>
    <message>
      <source>Effective date: {date}</source>
      <translation>生效日期：{date}</translation>
    </message>
    <message>
      <source>New people: {n}</source>
      <translation>新增人员：{n}</translation>
    </message>
    <message>
      <source>Changed: {n}</source>
      <translation>信息变更：{n}</translation>
    </message>
    <message>
      <source>Transfers: {n}</source>
      <translation>调动：{n}</translation>
    </message>
    <message>
      <source>Not in the file: {n}</source>
      <translation>文件中没有：{n}</translation>
    </message>
    <message>
      <source>They are marked as gone on the effective date.</source>
      <translation>以上人员在生效日期标记为离队。</translation>
    </message>
    <message>
      <source>They stay on strength; --deactivate-missing marks them as gone.</source>
      <translation>以上人员仍保留在岗；加 --deactivate-missing 可将其标记为离队。</translation>
    </message>
    <message>
      <source>Units to create: {n}</source>
      <translation>将新建单位：{n}</translation>
    </message>
    <message>
      <source>Unchanged: {n}</source>
      <translation>无变化：{n}</translation>
    </message>
    <message>
      <source>Rows of people marked as gone who are not on record (not added): {n}</source>
      <translation>标为离职但系统中没有的人员（不新增）：{n}</translation>
    </message>
    <message>
      <source>the rule catalogue in and out of Excel</source>
      <translation>考核细则的导入和导出（Excel）</translation>
    </message>
    <message>
      <source>write a rule set to an .xlsx file</source>
      <translation>将一套考核细则导出为 .xlsx 文件</translation>
    </message>
    <message>
      <source>the rule set (default: in force today)</source>
      <translation>考核细则版本（默认：今天施行的版本）</translation>
    </message>
    <message>
      <source>add and update rules from an .xlsx or .csv file; all or nothing</source>
      <translation>从 .xlsx 或 .csv 文件新增和更新细则条目；要么全部导入，要么都不导入</translation>
    </message>
    <message>
      <source>create a rule set of this name for the file's rules</source>
      <translation>以此名称新建一套考核细则，导入文件中的条目</translation>
    </message>
    <message>
      <source>with --new-set: the day it comes into force (default: 1 January this year)</source>
      <translation>与 --new-set 合用：施行日期（默认：今年 1 月 1 日）</translation>
    </message>
    <message>
      <source>with --new-set: every person's monthly base score (default: 100)</source>
      <translation>与 --new-set 合用：每人每月的基础分（默认：100）</translation>
    </message>
    <message>
      <source>No rule set is named {name}. The rule sets: {names}</source>
      <translation>没有名为“{name}”的考核细则。现有版本：{names}</translation>
    </message>
    <message>
      <source>There is no rule set yet: import a catalogue with --new-set NAME, or set the bureau up with its defaults (ducha init).</source>
      <translation>还没有考核细则：可加 --new-set 名称 导入本局的细则，或用 ducha init 安装默认细则。</translation>
    </message>
    <message>
      <source>{n} rules of {name} written to {path}</source>
      <translation>“{name}”的 {n} 条细则已导出到 {path}</translation>
    </message>
    <message>
      <source>--from and --base-score go with --new-set</source>
      <translation>--from 和 --base-score 须与 --new-set 一起使用</translation>
    </message>
    <message>
      <source>Rule set: {name}</source>
      <translation>考核细则：{name}</translation>
    </message>
    <message>
      <source>Rules: {added} added, {updated} updated, {unchanged} unchanged</source>
      <translation>细则条目：新增 {added} 条，更新 {updated} 条，未变 {unchanged} 条</translation>
    </message>
    <message>
      <source>the month's ranking</source>
      <translation>月度考核排名</translation>
    </message>
    <message>
      <source>SEAL BROKEN, not final</source>
      <translation>封存失效，不是定稿结果</translation>
    </message>
    <message>
      <source>finalised, version {v}</source>
      <translation>已定稿，第 {v} 版</translation>
    </message>
    <message>
      <source>provisional (not finalised)</source>
      <translation>暂定（未定稿）</translation>
    </message>
    <message>
      <source>{month}: {n} people ranked, {state}</source>
      <translation>{month}：{n} 人参加排名，{state}</translation>
    </message>
    <message>
      <source>Base</source>
      <translation>基础分</translation>
    </message>
    <message>
      <source>Awards</source>
      <translation>加分</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>Unit rank</source>
      <translation>单位名次</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>之星</translation>
    </message>
    <message>
      <source>set up a new bureau: its administrator and defaults</source>
      <translation>建立新单位：管理员与默认设置</translation>
    </message>
    <message>
      <source>the bureau's full name</source>
      <translation>单位全称</translation>
    </message>
    <message>
      <source>the administrator's user name</source>
      <translation>管理员用户名</translation>
    </message>
    <message>
      <source>the administrator's display name (default: the user name)</source>
      <translation>管理员显示名称（默认为用户名）</translation>
    </message>
    <message>
      <source>the bureau's language, for reports and commands (default: zh_CN)</source>
      <translation>本单位使用的语言，用于报表和命令输出（默认 zh_CN 简体中文）</translation>
    </message>
    <message>
      <source>install no rule catalogue, grade scheme, training requirements or warning rules</source>
      <translation>不安装考核细则、等次办法、学时要求和预警规则</translation>
    </message>
    <message>
      <source>also create the system administrator, who adds the accounts (its password: the next line of stdin, or asked)</source>
      <translation>同时创建系统管理员（负责添加账号；其密码取标准输入的下一行，或在提示时输入）</translation>
    </message>
    <message>
      <source>import this roster right after (its missing units are created)</source>
      <translation>随后导入此花名册（缺少的单位将自动创建）</translation>
    </message>
    <message>
      <source>Bureau {name} set up; administrator {user}.</source>
      <translation>已建立单位 {name}，管理员 {user}。</translation>
    </message>
    <message>
      <source>System administrator {user} created. Separation of duties is combined for now (recorded in the audit log): {user} also acts as the security administrator until the bureau appoints one and turns combining off in Settings. Give the audit duty to another account: nobody holds all three.</source>
      <translation>已创建系统管理员 {user}。目前允许兼任管理员职责（已记入审计日志）：在本局任命安全管理员并在“系统设置”中关闭兼任之前，{user} 同时担任安全管理员。请将审计职责交给另一个账号：任何人都不能同时担任三种职责。</translation>
    </message>
    <message>
      <source>No system administrator yet: nobody can add accounts until {user} appoints one (Settings, Accounts).</source>
      <translation>尚未设置系统管理员：在 {user} 任命系统管理员之前，任何人都无法添加账号（设置 → 账号）。</translation>
    </message>
    <message>
      <source>Installed: the rule catalogue {name} ({n} rules), the grade scheme, the training requirements and the warning rules.</source>
      <translation>已安装：考核细则《{name}》（{n} 条）、等次办法、学时要求和预警规则。</translation>
    </message>
    <message>
      <source>No defaults installed: import the bureau's rule catalogue before scoring.</source>
      <translation>未安装默认设置：开始考核前请先导入本单位的考核细则。</translation>
    </message>
    <message>
      <source>Next: import the roster (ducha import roster FILE --create-units: the units it names are created) and sign in.</source>
      <translation>下一步：导入人员花名册（ducha import roster 文件 --create-units，花名册中本局还没有的单位会一并建立），然后登录。</translation>
    </message>
    <message>
      <source>ducha: the bureau is set up, but the roster was not imported; fix {file} and run ducha import roster.</source>
      <translation>ducha：本局已设置完成，但花名册未导入；请修改 {file} 后运行 ducha import roster。</translation>
    </message>
    <message>
      <source>this command acts as a signed-in user: add --user NAME (the password is asked, or read from {env})</source>
      <translation>此命令须以账号登录后执行：请加上 --user 用户名（密码在提示时输入，或从环境变量 {env} 读取）</translation>
    </message>
    <message>
      <source>{db} has no accounts yet: set the bureau up first with ducha init</source>
      <translation>{db} 中还没有任何账号：请先用 ducha init 建立本局及其管理员账号</translation>
    </message>
    <message>
      <source>Password for {user}: </source>
      <translation>{user} 的密码：</translation>
    </message>
    <message>
      <source>no password given: type it when asked, or set {env} for a script</source>
      <translation>未提供密码：请在提示时输入；无人值守的脚本请设置环境变量 {env}</translation>
    </message>
    <message>
      <source>star levels of auxiliary staff</source>
      <translation>辅助人员星级</translation>
    </message>
    <message>
      <source>the year's star-level review (星级评定)</source>
      <translation>年度星级评定（星级评定）</translation>
    </message>
    <message>
      <source>also write it as PDF</source>
      <translation>同时输出 PDF</translation>
    </message>
    <message>
      <source>also write it as Excel</source>
      <translation>同时输出 Excel</translation>
    </message>
    <message>
      <source>confirm every proposal not yet confirmed (administrator)</source>
      <translation>确认所有尚未确认的拟定星级（督察队长）</translation>
    </message>
    <message>
      <source>Confirmed {n} people for {year}, {changed} of them changed level.</source>
      <translation>已确认 {year} 年度 {n} 人的星级评定，其中 {changed} 人星级变动。</translation>
    </message>
    <message>
      <source>{year}: {n} people reviewed — {up} up, {down} down, {kept} kept</source>
      <translation>{year} 年度：评定 {n} 人——升星 {up} 人，降星 {down} 人，保持 {kept} 人</translation>
    </message>
    <message>
      <source>Not final: months not finalised: {months}</source>
      <translation>尚非定稿：以下月份未定稿：{months}</translation>
    </message>
    <message>
      <source>training hours against the yearly requirements</source>
      <translation>培训学时完成情况（对照年度要求）</translation>
    </message>
    <message>
      <source>projection: hours on 31 December at the current pace, and who will miss</source>
      <translation>projection：按当前进度推算12月31日的学时，以及将达不到要求的人员</translation>
    </message>
    <message>
      <source>the date of the pace (default: today)</source>
      <translation>计算进度的日期（默认今天）</translation>
    </message>
    <message>
      <source>{year} as of {date}: {n} people with a requirement — {done} done, {on} on pace, {behind} behind</source>
      <translation>{year}年（截至 {date}）：有学时要求 {n} 人——已完成 {done} 人，进度正常 {on} 人，进度滞后 {behind} 人</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>On pace</source>
      <translation>进度正常</translation>
    </message>
    <message>
      <source>Behind</source>
      <translation>滞后</translation>
    </message>
    <message>
      <source>Credited</source>
      <translation>已认定学时</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>应修学时</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>完成率</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>应达学时</translation>
    </message>
    <message>
      <source>{year} as of {date}: of {n} people with a requirement, {miss} will miss it at their current pace; for {cannot} of them even all remaining sessions will not suffice.</source>
      <translation>{year}年，截至{date}：有学时要求的{n}人中，按当前进度将有{miss}人达不到要求；其中{cannot}人即使参加全部剩余培训也无法达标。</translation>
    </message>
    <message>
      <source>Projected = hours credited × days from 1 January (or the hire date) to 31 December ÷ days passed up to the date.</source>
      <translation>推算学时 = 已认定学时 × 自1月1日（或入职日）至12月31日的天数 ÷ 截至当日已过天数。</translation>
    </message>
    <message>
      <source>Projected</source>
      <translation>年末推算</translation>
    </message>
    <message>
      <source>Sessions to attend</source>
      <translation>须参加的培训</translation>
    </message>
    <message>
      <source>{date} {title} ({hours} h)</source>
      <translation>{date} {title}（{hours}学时）</translation>
    </message>
    <message>
      <source>even all remaining sessions ({hours} h) will not suffice</source>
      <translation>即使参加全部剩余培训（{hours}学时）也无法达标</translation>
    </message>
    <message>
      <source>There is no database file {path}.</source>
      <translation>数据库文件 {path} 不存在。</translation>
    </message>
    <message>
      <source>There is no display here, so the console's window cannot open. The commands work without one: ducha demo, ducha report monthly --month YYYY-MM -o FILE.pdf --user NAME … (ducha --help lists them).</source>
      <translation>此处没有显示器，无法打开督察工作台窗口。以下命令无需显示器即可使用：ducha demo、ducha report monthly --month YYYY-MM -o 文件.pdf --user 用户名 …（ducha --help 列出全部命令）。</translation>
    </message>
    <message>
      <source>Qt cannot start: the system library {library} is missing. On Debian or Ubuntu run: bash tools/dev.sh demo (it installs what Qt needs).</source>
      <translation>界面无法启动：缺少系统库 {library}。在 Debian 或 Ubuntu 上请运行 bash tools/dev.sh demo（会安装界面所需的系统库）。</translation>
    </message>
  </context>
  <context>
    <name>conflicts</name>
    <message>
      <source>This record was changed on another desktop since you opened it. Nothing was saved: refresh to see the change, then try again.</source>
      <translation>您打开此记录后，另一台电脑已修改了它。本次未保存任何内容：请刷新查看改动后再试。</translation>
    </message>
    <message>
      <source>{who} deleted this record at {when}.</source>
      <translation>{who} 已于 {when} 删除此记录。</translation>
    </message>
    <message>
      <source>{who} changed this record at {when}; it is now: {now}.</source>
      <translation>{who} 已于 {when} 修改此记录，当前状态：{now}。</translation>
    </message>
    <message>
      <source>{who} changed this record at {when}.</source>
      <translation>{who} 已于 {when} 修改此记录。</translation>
    </message>
    <message>
      <source>someone</source>
      <translation>其他用户</translation>
    </message>
    <message>
      <source>Nothing was saved: refresh to see the change, then try again.</source>
      <translation>本次未保存任何内容：请刷新查看改动后再试。</translation>
    </message>
  </context>
  <context>
    <name>contractor_report</name>
    <message>
      <source>{bureau}: bulletin on the assessment of service contractors, {month_name} {year}</source>
      <translation>{bureau}关于{year}年{month_name}服务外包企业考核情况的通报</translation>
    </message>
    <message>
      <source>To all service contractors and the departments concerned:</source>
      <translation>各服务外包企业、各有关科室：</translation>
    </message>
    <message>
      <source>The service of the contractors in {month_name} {year} has been assessed; their payment is tied to the result. The results are published as follows.</source>
      <translation>现将{year}年{month_name}服务外包企业服务质量考核结果通报如下，考核结果与服务费支付挂钩。</translation>
    </message>
    <message>
      <source>1. Overview</source>
      <translation>一、总体情况</translation>
    </message>
    <message>
      <source>2. Scores and payment</source>
      <translation>二、考核得分及付款</translation>
    </message>
    <message>
      <source>3. Deductions from findings</source>
      <translation>三、问题扣分情况</translation>
    </message>
    <message>
      <source>4. Elimination warnings</source>
      <translation>四、考核淘汰预警</translation>
    </message>
    <message>
      <source>5. How the score and the payment are formed</source>
      <translation>五、得分与付款计算办法</translation>
    </message>
    <message>
      <source>{n} companies under contract; {assessed} assessed, with an average score of {average}. Monthly fees come to {fee} yuan; {payment} yuan is to be paid. {warnings} companies are under an elimination warning.</source>
      <translation>本月在合同期内的服务外包企业共 {n} 家，已考核 {assessed} 家，平均得分 {average} 分。月服务费合计 {fee} 元，应付 {payment} 元。{warnings} 家企业被列入考核淘汰预警。</translation>
    </message>
    <message>
      <source>Not yet assessed, and so not yet paid: {names}.</source>
      <translation>尚未考核、暂不付款的企业：{names}。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>企业</translation>
    </message>
    <message>
      <source>Checklist</source>
      <translation>考核表得分</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Coefficient</source>
      <translation>付款系数</translation>
    </message>
    <message>
      <source>Monthly fee (yuan)</source>
      <translation>月服务费（元）</translation>
    </message>
    <message>
      <source>Payment (yuan)</source>
      <translation>应付金额（元）</translation>
    </message>
    <message>
      <source>Not assessed</source>
      <translation>未考核</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>No finding on contractor staff this month.</source>
      <translation>本月未发现外包人员问题。</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>No company scored below {line} in {count} of the last {window} months.</source>
      <translation>近 {window} 个月中没有企业达到 {count} 个月得分低于 {line} 分。</translation>
    </message>
    <message>
      <source>{name} scored below {line} in {count} of the last {window} months ({months}): the elimination procedure of its contract applies.</source>
      <translation>{name}近 {window} 个月中有 {count} 个月得分低于 {line} 分（{months}），按合同约定启动考核淘汰程序。</translation>
    </message>
    <message>
      <source>from {low}: {share}</source>
      <translation>{low} 分及以上：{share}</translation>
    </message>
    <message>
      <source>below {line}: {share}</source>
      <translation>{line} 分以下：{share}</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>{severity} {points}</source>
      <translation>{severity}扣 {points} 分</translation>
    </message>
    <message>
      <source>Score = 100 × the points given on the checklist ÷ its full marks, less the points for each finding on the company's staff ({deductions}), never below 0. The payment coefficient follows the score ({bands}); the payment is the monthly fee × the coefficient, rounded to the fen.</source>
      <translation>得分 = 100 × 考核表实得分 ÷ 满分，再按该企业人员被发现的每个问题扣分（{deductions}），最低为 0 分。付款系数按得分确定（{bands}）；应付金额 = 月服务费 × 付款系数，四舍五入到分。</translation>
    </message>
    <message>
      <source>Contractor payment sheet, {month}</source>
      <translation>外包服务费付款明细表 {month}</translation>
    </message>
    <message>
      <source>Not assessed: no payment yet</source>
      <translation>未考核，暂不付款</translation>
    </message>
    <message>
      <source>Elimination warning</source>
      <translation>考核淘汰预警</translation>
    </message>
    <message>
      <source>Contract no.</source>
      <translation>合同编号</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>服务内容</translation>
    </message>
    <message>
      <source>Remark</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Payment {month}</source>
      <translation>付款 {month}</translation>
    </message>
  </context>
  <context>
    <name>contractors</name>
    <message>
      <source>Contractors are assessed by supervisors and the supervision chief.</source>
      <translation>外包服务企业由督察员和督察队长考核。</translation>
    </message>
    <message>
      <source>The company is no longer on record.</source>
      <translation>该企业已不在记录中。</translation>
    </message>
    <message>
      <source>{month} has not begun yet.</source>
      <translation>{month} 尚未开始。</translation>
    </message>
    <message>
      <source>{item}: give between 0 and {max} points.</source>
      <translation>{item}：请给出 0 至 {max} 分。</translation>
    </message>
    <message>
      <source>At most {n} characters.</source>
      <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
      <source>Enter the company's name.</source>
      <translation>请填写企业名称。</translation>
    </message>
    <message>
      <source>The company's name is at most 80 characters.</source>
      <translation>企业名称最多 80 个字。</translation>
    </message>
    <message>
      <source>A company of this name is already on record.</source>
      <translation>已有同名企业。</translation>
    </message>
    <message>
      <source>Enter the contract number.</source>
      <translation>请填写合同编号。</translation>
    </message>
    <message>
      <source>A contract with this number is on record.</source>
      <translation>已有该编号的合同。</translation>
    </message>
    <message>
      <source>Enter the service the contract buys.</source>
      <translation>请填写合同购买的服务内容。</translation>
    </message>
    <message>
      <source>The monthly fee is an amount in yuan above 0.</source>
      <translation>月服务费应为大于 0 的金额（元）。</translation>
    </message>
    <message>
      <source>The monthly fee is given to the fen at most.</source>
      <translation>月服务费最多精确到分。</translation>
    </message>
    <message>
      <source>The contract ends before it starts.</source>
      <translation>合同终止日期早于起始日期。</translation>
    </message>
    <message>
      <source>Choose the company.</source>
      <translation>请选择企业。</translation>
    </message>
    <message>
      <source>The contract is no longer on record.</source>
      <translation>该合同已不在记录中。</translation>
    </message>
    <message>
      <source>Only people of category contractor work for a company: {names}.</source>
      <translation>只有外包类别的人员才能归属服务企业：{names}。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>The checklist needs at least one item.</source>
      <translation>考核表至少需要一个项目。</translation>
    </message>
    <message>
      <source>Checklist line {n}: the item needs a name.</source>
      <translation>考核表第 {n} 行：项目需要名称。</translation>
    </message>
    <message>
      <source>Checklist line {n}: full marks are more than 0 and at most {max}.</source>
      <translation>考核表第 {n} 行：满分应大于 0 且不超过 {max}。</translation>
    </message>
    <message>
      <source>Checklist line {n}: the code {code} is used twice.</source>
      <translation>考核表第 {n} 行：编号 {code} 重复。</translation>
    </message>
    <message>
      <source>A deduction per finding is between 0 and {max} points.</source>
      <translation>每个问题扣分应在 0 至 {max} 分之间。</translation>
    </message>
    <message>
      <source>The elimination line is between 0 and 100.</source>
      <translation>淘汰线应在 0 至 100 分之间。</translation>
    </message>
    <message>
      <source>The window is between 1 and 60 months.</source>
      <translation>统计期应为 1 至 60 个月。</translation>
    </message>
    <message>
      <source>The number of months is at least 1 and at most the window.</source>
      <translation>月数至少为 1，且不超过统计期。</translation>
    </message>
    <message>
      <source>The payment table needs a line from score 0, so that every score is paid.</source>
      <translation>付款系数表需要一行从 0 分起，使每个得分都有对应的付款比例。</translation>
    </message>
    <message>
      <source>Two lines of the payment table start at one score.</source>
      <translation>付款系数表有两行起始分相同。</translation>
    </message>
    <message>
      <source>Payment line {n}: the lowest score is between 0 and 100.</source>
      <translation>付款系数表第 {n} 行：起始分应在 0 至 100 之间。</translation>
    </message>
    <message>
      <source>Payment line {n}: the share paid is between 0% and 150%.</source>
      <translation>付款系数表第 {n} 行：付款比例应在 0% 至 150% 之间。</translation>
    </message>
    <message>
      <source>A higher score may not be paid a smaller share of the fee.</source>
      <translation>得分更高的付款比例不能更低。</translation>
    </message>
    <message>
      <source>The contractor settings were changed on another desktop since you opened them. Nothing was saved: reload to see them, then try again.</source>
      <translation>外包考核设置在您打开后已被其他电脑修改，未保存任何内容。请重新载入查看后再试。</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>Unexpected error</source>
      <translation>程序出错</translation>
    </message>
    <message>
      <source>Something went wrong in Ducha and the last action could not be finished. What was saved before is safe; check whether the last change was saved.</source>
      <translation>督察系统出现意外错误，刚才的操作未能完成。此前已保存的数据不受影响；请核对刚才的修改是否已保存。</translation>
    </message>
    <message>
      <source>The error was written to Ducha's log file. If it happens again, press “Copy details” and send them to whoever looks after Ducha.

Error: {error}</source>
      <translation>错误情况已记入系统日志。如再次出现，请点击“复制详细信息”，发给系统管理人员。

错误：{error}</translation>
    </message>
    <message>
      <source>Log file: {path}</source>
      <translation>日志文件：{path}</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>复制详细信息</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>已复制</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <source>this computer</source>
      <translation>本机</translation>
    </message>
    <message>
      <source>the shared database server</source>
      <translation>共用数据库服务器</translation>
    </message>
    <message>
      <source>{db} is neither a file path nor a database URL: {error}</source>
      <translation>{db} 既不是文件路径，也不是数据库地址：{error}</translation>
    </message>
    <message>
      <source>{db} was made by a newer version of Ducha; please update Ducha.</source>
      <translation>{db} 由更新版本的督察管理系统创建，请升级本软件。</translation>
    </message>
    <message>
      <source>{db} holds tables that Ducha did not create; it is left untouched.</source>
      <translation>{db} 中含有非本系统创建的数据表，未作任何改动。</translation>
    </message>
    <message>
      <source>Cannot open the database {db}: {error}</source>
      <translation>无法打开数据库 {db}：{error}</translation>
    </message>
    <message>
      <source>The database is in a shared network folder. Ducha works there more carefully and more slowly, but a database file opened over the network by several desktops can still be damaged. For one desktop, keep the database on this computer. For several desktops, ask your IT department for a PostgreSQL database that they all share (user guide, chapter 1).</source>
      <translation>数据库位于网络共享文件夹中。在这种位置，督察系统会更谨慎地读写，速度也会慢一些，但多台电脑通过网络打开同一个数据库文件，仍有可能损坏数据。只有一台电脑使用时，请把数据库放在本机；多台电脑共用时，请联系信息科提供一个各台电脑共用的 PostgreSQL 数据库（见用户指南第一章）。</translation>
    </message>
  </context>
  <context>
    <name>decisions</name>
    <message>
      <source>This list covers every unit; a squad leader sees their own unit's people only.</source>
      <translation>本名单涵盖全局各单位；中队长只能查看本单位人员。</translation>
    </message>
    <message>
      <source>No month of the year has begun.</source>
      <translation>该年度尚无已开始的月份。</translation>
    </message>
    <message>
      <source>{n} finalised months counted</source>
      <translation>统计已定稿月份{n}个</translation>
    </message>
    <message>
      <source>no month is finalised yet</source>
      <translation>尚无已定稿月份</translation>
    </message>
    <message>
      <source>{n} months not yet finalised counted at their provisional grades ({months})</source>
      <translation>未定稿月份{n}个按暂定等次统计（{months}）</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>{n} months not yet finalised not counted ({months})</source>
      <translation>未定稿月份{n}个不纳入统计（{months}）</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>Months: {parts}.</source>
      <translation>统计月份：{parts}。</translation>
    </message>
    <message>
      <source>{month} {grade}</source>
      <translation>{month}{grade}</translation>
    </message>
    <message>
      <source>{year} has not begun yet.</source>
      <translation>{year}年尚未开始。</translation>
    </message>
    <message>
      <source>{excellent} excellent months of {months} counted, {fails} fails</source>
      <translation>统计{months}个月中优秀{excellent}个月，不合格{fails}个月</translation>
    </message>
    <message>
      <source>{excellent} excellent months of {months} counted, no fail</source>
      <translation>统计{months}个月中优秀{excellent}个月，无不合格</translation>
    </message>
    <message>
      <source>{n} months basic pass or fail: {months}</source>
      <translation>基本合格或不合格{n}个月：{months}</translation>
    </message>
    <message>
      <source>in {unit} since {since}: {years} full years by {day}</source>
      <translation>自{since}起在{unit}，至{day}已满{years}年</translation>
    </message>
    <message>
      <source>Q{quarter} {year}</source>
      <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
      <source>Choose a month or a quarter.</source>
      <translation>请选择月份或季度。</translation>
    </message>
    <message>
      <source>A month is 1 to 12.</source>
      <translation>月份应为1至12。</translation>
    </message>
    <message>
      <source>{month} has not begun yet.</source>
      <translation>{month}尚未开始。</translation>
    </message>
    <message>
      <source>Q{quarter} {year} has not begun yet.</source>
      <translation>{year}年第{quarter}季度尚未开始。</translation>
    </message>
    <message>
      <source>{star} ({month})</source>
      <translation>{star}（{month}）</translation>
    </message>
    <message>
      <source>top {n} (rank {rank})</source>
      <translation>前{n}名（第{rank}名）</translation>
    </message>
    <message>
      <source>fail ({month})</source>
      <translation>不合格（{month}）</translation>
    </message>
    <message>
      <source>bottom {n} (rank {rank} of {ranked})</source>
      <translation>后{n}名（{ranked}人中第{rank}名）</translation>
    </message>
    <message>
      <source>{period} has not begun yet.</source>
      <translation>{period}尚未开始。</translation>
    </message>
    <message>
      <source>Excellent months are between 1 and 12.</source>
      <translation>优秀月数应在1至12之间。</translation>
    </message>
    <message>
      <source>Fails allowed are between 0 and 12.</source>
      <translation>允许的不合格月数应在0至12之间。</translation>
    </message>
    <message>
      <source>Basic-pass or fail months are between 1 and 12.</source>
      <translation>基本合格或不合格月数应在1至12之间。</translation>
    </message>
    <message>
      <source>Years in a squad are between 0 and 40.</source>
      <translation>在同一中队的年限应在0至40之间。</translation>
    </message>
    <message>
      <source>The lists name between 1 and 500 people.</source>
      <translation>红黑榜列入人数应在1至500之间。</translation>
    </message>
    <message>
      <source>The commendation and rotation settings were changed on another desktop since you opened them. Nothing was saved: reload to see them, then try again.</source>
      <translation>评优与轮岗设置在您打开后已被其他电脑修改，本次未保存。请重新打开查看后再试。</translation>
    </message>
    <message>
      <source>Grades by year</source>
      <translation>历年考核等次</translation>
    </message>
    <message>
      <source>No finalised month ranks this person yet.</source>
      <translation>该人员尚无已定稿月份的考核结果。</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>The grade of every finalised month; a blank month was not finalised or the person was not ranked in it. The last columns count the months of each grade.</source>
      <translation>每个已定稿月份的考核等次；空白表示该月未定稿或本人未参加排名。最后几列为各等次的月数。</translation>
    </message>
    <message>
      <source>{bureau}: red and black lists, {period}</source>
      <translation>{bureau}{period}红黑榜</translation>
    </message>
    <message>
      <source>Provisional</source>
      <translation>未定稿</translation>
    </message>
    <message>
      <source> (provisional)</source>
      <translation>（未定稿）</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>月均分</translation>
    </message>
    <message>
      <source>(provisional)</source>
      <translation>（未定稿）</translation>
    </message>
    <message>
      <source>1. Red list ({n} people)</source>
      <translation>一、红榜（{n}人）</translation>
    </message>
    <message>
      <source>No one is on the red list.</source>
      <translation>本期红榜无人。</translation>
    </message>
    <message>
      <source>2. Black list ({n} people)</source>
      <translation>二、黑榜（{n}人）</translation>
    </message>
    <message>
      <source>No one is on the black list.</source>
      <translation>本期黑榜无人。</translation>
    </message>
    <message>
      <source>the month's total</source>
      <translation>当月总分</translation>
    </message>
    <message>
      <source>the average monthly total over the quarter's months</source>
      <translation>季度内月均总分</translation>
    </message>
    <message>
      <source>{ranked} people were ranked by {by}. The red list names the stars of the period and the top {n}, except anyone graded fail in the period; the black list names everyone graded fail in the period and the bottom {n}, except anyone on the red list.</source>
      <translation>本期共{ranked}人按{by}排名。红榜列入本期“之星”和排名前{n}名人员（本期有不合格等次的除外）；黑榜列入本期考核不合格人员和排名后{n}名人员（已列入红榜的除外）。</translation>
    </message>
    <message>
      <source>The top {n} end at {score}; {listed} people reach it, a tie at the cut, so all of them are listed.</source>
      <translation>前{n}名的末位分数为{score}，达到该分数的共{listed}人，因分数并列，全部列入。</translation>
    </message>
    <message>
      <source>The top {n} end at {score}, with no tie at the cut.</source>
      <translation>前{n}名的末位分数为{score}，无并列。</translation>
    </message>
    <message>
      <source>The bottom {n} end at {score}; {listed} people are at or below it, a tie at the cut, so all of them are listed.</source>
      <translation>后{n}名的末位分数为{score}，不高于该分数的共{listed}人，因分数并列，全部列入。</translation>
    </message>
    <message>
      <source>The bottom {n} end at {score}, with no tie at the cut.</source>
      <translation>后{n}名的末位分数为{score}，无并列。</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Why listed</source>
      <translation>列入理由</translation>
    </message>
    <message>
      <source>{year}</source>
      <translation>{year}年</translation>
    </message>
    <message>
      <source>{bureau}: annual ranking of the performance review, {period}</source>
      <translation>{bureau}{period}度全员目标积分制考核排名通报</translation>
    </message>
    <message>
      <source>{bureau}: quarterly publication of the performance review, {period}</source>
      <translation>{bureau}{period}全员目标积分制考核晾晒通报</translation>
    </message>
    <message>
      <source>1. Overview</source>
      <translation>一、总体情况</translation>
    </message>
    <message>
      <source>2. Stars of the year</source>
      <translation>二、年度之星</translation>
    </message>
    <message>
      <source>3. Stars of the months</source>
      <translation>三、各月之星</translation>
    </message>
    <message>
      <source>4. Units by average</source>
      <translation>四、各单位月均分</translation>
    </message>
    <message>
      <source>5. Individual ranking</source>
      <translation>五、个人排名</translation>
    </message>
    <message>
      <source>2. Stars of the months</source>
      <translation>二、各月之星</translation>
    </message>
    <message>
      <source>3. Units by average</source>
      <translation>三、各单位月均分</translation>
    </message>
    <message>
      <source>4. Individual ranking</source>
      <translation>四、个人排名</translation>
    </message>
    <message>
      <source>To all squads, town teams and departments:</source>
      <translation>各中队、各镇（街道）执法队、局机关各科室：</translation>
    </message>
    <message>
      <source>The results of the performance review for {period} are published as follows.</source>
      <translation>现将{period}全员目标积分制考核结果通报如下。</translation>
    </message>
    <message>
      <source>{first} to {last}: {n} months, of which {final} finalised. {people} people were ranked by their average monthly total over the months they were ranked in.</source>
      <translation>统计期间为{first}至{last}，共{n}个月，其中已定稿{final}个月。共{people}人参加排名，按本人参加排名各月的月均总分排序。</translation>
    </message>
    <message>
      <source>Monthly grades given: {excellent} excellent, {good} good, {passed} pass, {basic} basic pass and {fail} fail.</source>
      <translation>各月评定等次合计：优秀{excellent}人次，良好{good}人次，合格{passed}人次，基本合格{basic}人次，不合格{fail}人次。</translation>
    </message>
    <message>
      <source>Months not yet finalised are counted at their provisional results, which may still change.</source>
      <translation>未定稿月份按暂定结果统计，结果仍可能变动。</translation>
    </message>
    <message>
      <source>Casework star of the year: the highest sum of capped casework points over the year's months; service star: the same for service points; most improved: the largest rise of the average monthly total over the previous year's. Ties share the star; no one graded fail in any month of the year is a star of the year.</source>
      <translation>年度办案之星：全年各月办案加分（按各细则月度上限封顶）合计最高者；年度服务之星：全年服务加分合计最高者；年度奔跑之星：本年月均总分较上年提高最多者。并列者同获；年内任一月考核不合格者不参评。</translation>
    </message>
    <message>
      <source>No star of the year.</source>
      <translation>本年度无年度之星。</translation>
    </message>
    <message>
      <source>Star</source>
      <translation>评选项目</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>{star} of the year</source>
      <translation>年度{star}</translation>
    </message>
    <message>
      <source>No stars were awarded in these months.</source>
      <translation>以上各月未评出之星。</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>No one was ranked in this period.</source>
      <translation>本期无人参加排名。</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Excellent months</source>
      <translation>优秀月数</translation>
    </message>
    <message>
      <source>Fail months</source>
      <translation>不合格月数</translation>
    </message>
    <message>
      <source>A unit's average is the mean of its people's average monthly totals.</source>
      <translation>单位月均分为该单位人员月均分的平均值。</translation>
    </message>
    <message>
      <source>Months</source>
      <translation>月数</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <source>This database already holds data. The demo bureau can only be generated into a new, empty database.</source>
      <translation>该数据库中已有数据。演示数据只能生成到新建的空数据库中。</translation>
    </message>
  </context>
  <context>
    <name>document</name>
    <message>
      <source>{numeral}. {heading}</source>
      <translation>{numeral}、{heading}</translation>
    </message>
    <message>
      <source>({numeral}) {heading}</source>
      <translation>（{numeral}）{heading}</translation>
    </message>
    <message>
      <source>{date} printed</source>
      <translation>{date}印发</translation>
    </message>
    <message>
      <source>Copy to: {recipients}.</source>
      <translation>抄送：{recipients}。</translation>
    </message>
    <message>
      <source>Bureau leaders</source>
      <translation>局领导班子成员</translation>
    </message>
    <message>
      <source>The official document faces ({faces}) are not installed on this computer; other faces stand in for them.</source>
      <translation>本机未安装公文字体（{faces}），已用其他字体代替。</translation>
    </message>
  </context>
  <context>
    <name>duties</name>
    <message>
      <source>{names} still hold more than one administrator duty: give each duty its own administrator first.</source>
      <translation>{names} 仍兼任多项管理员职责：请先为每项职责分别任命管理员。</translation>
    </message>
    <message>
      <source>Nobody changes their own role or duties: ask another.</source>
      <translation>不能修改自己的角色或职责，请由其他安全管理员办理。</translation>
    </message>
    <message>
      <source>Nobody holds all three administrator duties: the one who runs the accounts and gives the roles must not also read the audit log alone.</source>
      <translation>任何人都不能同时担任三种管理员职责：管理账号并分配角色的人，不能同时独自审阅审计日志。</translation>
    </message>
    <message>
      <source>One person may hold only one administrator duty. A small bureau may allow two in the separation-of-duties setting.</source>
      <translation>一人只能担任一项管理员职责。人员较少的单位可在“三员兼任”设置中允许一人兼任两项。</translation>
    </message>
    <message>
      <source>An administrator account changes no business records: give it the viewer role, and the business role to a separate account.</source>
      <translation>管理员账号不能修改业务数据：请将其角色设为“局领导（只读）”，业务工作另设账号。</translation>
    </message>
    <message>
      <source>A squad leader must be given a unit.</source>
      <translation>中队长必须指定所属单位。</translation>
    </message>
    <message>
      <source>No such unit.</source>
      <translation>单位不存在。</translation>
    </message>
    <message>
      <source>{name} is the last {duty}: appoint another before taking the duty away.</source>
      <translation>{name} 是最后一名{duty}：请先任命其他人员，再取消其职责。</translation>
    </message>
    <message>
      <source>The last active administrator keeps the role.</source>
      <translation>最后一名在用的督察队长不能更改角色。</translation>
    </message>
    <message>
      <source>No such account.</source>
      <translation>账号不存在。</translation>
    </message>
    <message>
      <source>The bureau has a system administrator: they add the accounts.</source>
      <translation>本局已有系统管理员，账号由其添加。</translation>
    </message>
  </context>
  <context>
    <name>entries</name>
    <message>
      <source>Your role (viewer) may read but not change records.</source>
      <translation>您的角色为只读，只能查看记录，不能修改。</translation>
    </message>
    <message>
      <source>Quantity must be a number.</source>
      <translation>数量必须是数字。</translation>
    </message>
    <message>
      <source>Quantity must be greater than zero.</source>
      <translation>数量必须大于零。</translation>
    </message>
    <message>
      <source>Quantity has at most two decimals and is below 10,000.</source>
      <translation>数量最多保留两位小数，且须小于 10000。</translation>
    </message>
    <message>
      <source>Give the date.</source>
      <translation>请填写日期。</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>日期不能晚于今天。</translation>
    </message>
    <message>
      <source>Choose a rule.</source>
      <translation>请选择考核细则。</translation>
    </message>
    <message>
      <source>This rule is not in force on that date, or inactive.</source>
      <translation>该细则在该日期未生效或已停用。</translation>
    </message>
    <message>
      <source>Choose the people (or the unit) concerned.</source>
      <translation>请选择记分的人员（或单位）。</translation>
    </message>
    <message>
      <source>Some of the chosen people do not exist.</source>
      <translation>所选人员中有人员不存在。</translation>
    </message>
    <message>
      <source>Someone chosen was not on strength on that date.</source>
      <translation>所选人员中有人在该日期不在岗。</translation>
    </message>
    <message>
      <source>A squad leader may only act on their own unit.</source>
      <translation>中队长只能操作本单位的数据。</translation>
    </message>
    <message>
      <source>No such unit.</source>
      <translation>该单位不存在。</translation>
    </message>
    <message>
      <source>Entries are approved, rejected and voided by supervisors.</source>
      <translation>积分记录的审核和作废由督察员办理。</translation>
    </message>
    <message>
      <source>No such entry.</source>
      <translation>该记录不存在。</translation>
    </message>
    <message>
      <source>Only a pending entry can be approved.</source>
      <translation>只有待审核的记录才能审核通过。</translation>
    </message>
    <message>
      <source>An entry is approved by someone other than its recorder.</source>
      <translation>记录须由录入人以外的人员审核。</translation>
    </message>
    <message>
      <source>Only a pending entry can be rejected.</source>
      <translation>只有待审核的记录才能作不通过处理。</translation>
    </message>
    <message>
      <source>This entry is already closed.</source>
      <translation>该记录已作废或未通过审核。</translation>
    </message>
    <message>
      <source>Give the reason.</source>
      <translation>请填写理由。</translation>
    </message>
    <message>
      <source>Select the entries to decide on.</source>
      <translation>请选择要审核的记录。</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Row {row}: {message}</source>
      <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
      <source>Cannot do this</source>
      <translation>无法执行此操作</translation>
    </message>
    <message>
      <source>Changed on another desktop</source>
      <translation>记录已被他人修改</translation>
    </message>
    <message>
      <source>the file is open in another program (Excel?) or the folder is read-only</source>
      <translation>文件正被其他程序（如 Excel）打开，或文件夹不允许写入</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>磁盘空间已满</translation>
    </message>
    <message>
      <source>the file or folder does not exist</source>
      <translation>文件或文件夹不存在</translation>
    </message>
    <message>
      <source>the file cannot be used</source>
      <translation>文件无法使用</translation>
    </message>
    <message>
      <source>an unexpected problem; the details are in Ducha's log file</source>
      <translation>程序出现意外问题，详细情况已记入系统日志</translation>
    </message>
    <message>
      <source>Cannot write {path}: the file is open in another program (Excel?) or the folder is read-only. Close the file or choose another name, then try again.</source>
      <translation>无法写入 {path}：该文件可能已在其他程序（如 Excel）中打开，或所在文件夹为只读。请关闭该文件或另选文件名后重试。</translation>
    </message>
    <message>
      <source>Cannot write {path}:
{error}</source>
      <translation>无法写入 {path}：
{error}</translation>
    </message>
  </context>
  <context>
    <name>exports</name>
    <message>
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Object</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>记录编号</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Changes</source>
      <translation>变更内容</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题清单</translation>
    </message>
    <message>
      <source>Problems found in {file}</source>
      <translation>{file} 中发现的问题</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列名</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>人员类别</translation>
    </message>
    <message>
      <source>Base score</source>
      <translation>基础分</translation>
    </message>
    <message>
      <source>Awards</source>
      <translation>加分</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Unit rank</source>
      <translation>单位名次</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>之星</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Legal qualification</source>
      <translation>法律职业资格</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>{title} (as of {date})</source>
      <translation>{title}（截至 {date}）</translation>
    </message>
    <message>
      <source>Roster</source>
      <translation>花名册</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Rule category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Count unit</source>
      <translation>计量单位</translation>
    </message>
    <message>
      <source>Monthly cap</source>
      <translation>月封顶</translation>
    </message>
    <message>
      <source>Needs approval</source>
      <translation>需审核</translation>
    </message>
    <message>
      <source>Serious violation</source>
      <translation>严重违纪</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>in force from {start}</source>
      <translation>自 {start} 起施行</translation>
    </message>
    <message>
      <source>in force {start} to {end}</source>
      <translation>施行期间 {start} 至 {end}</translation>
    </message>
    <message>
      <source>{name} ({span}; base score {base})</source>
      <translation>{name}（{span}；基础分 {base}）</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>考核细则</translation>
    </message>
    <message>
      <source>A whole number, 0 or more.</source>
      <translation>请输入 0 或正整数。</translation>
    </message>
    <message>
      <source>A number greater than zero.</source>
      <translation>请输入大于零的数。</translation>
    </message>
    <message>
      <source>One of {a} / {b}</source>
      <translation>{a}、{b}须填其一</translation>
    </message>
    <message>
      <source>{title}: how to fill in this template</source>
      <translation>{title}导入模板填写说明</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>必填</translation>
    </message>
    <message>
      <source>English header</source>
      <translation>英文列名</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>填写要求</translation>
    </message>
    <message>
      <source>Example</source>
      <translation>示例</translation>
    </message>
    <message>
      <source>How to fill it in</source>
      <translation>填写规则</translation>
    </message>
    <message>
      <source>Fill in the first sheet, one row per record below the header row; keep the header row as it is. Save as .xlsx (or CSV UTF-8).</source>
      <translation>请在第一个工作表的表头行下逐行填写，每条记录一行；表头行请勿改动。文件保存为 .xlsx（或 CSV UTF-8）格式。</translation>
    </message>
    <message>
      <source>Hours credited</source>
      <translation>认定学时</translation>
    </message>
    <message>
      <source>Hours expected by now</source>
      <translation>截至目前应达学时</translation>
    </message>
    <message>
      <source>Hours required</source>
      <translation>应修学时</translation>
    </message>
    <message>
      <source>Short of pace</source>
      <translation>差额学时</translation>
    </message>
    <message>
      <source>Behind by</source>
      <translation>滞后比例</translation>
    </message>
    <message>
      <source>All hours</source>
      <translation>全部学时</translation>
    </message>
    <message>
      <source>Training progress</source>
      <translation>培训学时进度</translation>
    </message>
  </context>
  <context>
    <name>imports</name>
    <message>
      <source>Training attendance</source>
      <translation>培训签到</translation>
    </message>
    <message>
      <source>The person's staff number, as in the roster.</source>
      <translation>人员工号，与人员花名册一致。</translation>
    </message>
    <message>
      <source>The session's number as the Training page shows it; or leave this column out and give the title and date instead.</source>
      <translation>培训页面显示的培训编号；也可不填此列，改填培训名称和日期。</translation>
    </message>
    <message>
      <source>The session's title exactly as recorded (with its date).</source>
      <translation>与系统记录完全一致的培训名称（须同时填写日期）。</translation>
    </message>
    <message>
      <source>The session's date, needed with the title: 2026-10-05.</source>
      <translation>培训日期，按名称指定培训时必填：2026-10-05。</translation>
    </message>
    <message>
      <source>Hours credited, at most the session's, one decimal; blank gives a person present the session's hours. Blank or 0 when absent or excused.</source>
      <translation>认定学时，不超过该场培训学时，最多一位小数；出席人员留空即按该场培训学时认定。缺席或请假留空或填 0。</translation>
    </message>
    <message>
      <source>出席 (present), 缺席 (absent) or 请假 (excused); blank is present.</source>
      <translation>出席、缺席或请假；留空视为出席。</translation>
    </message>
    <message>
      <source>One row per person and session; a person may appear once per session.</source>
      <translation>每人每场培训一行；同一场培训中每人只能出现一次。</translation>
    </message>
    <message>
      <source>Name the session by its number, or by its title and date; the session must have taken place.</source>
      <translation>培训以编号或“名称＋日期”指定；培训须已举办。</translation>
    </message>
    <message>
      <source>A mark already recorded for the person at that session is replaced by the file's. An unexcused absence books the catalogue's PX03 when the training settings say so.</source>
      <translation>此人在该场培训已有的签到记录将被本文件替换。培训设置开启时，无故缺席按考核细则 PX03 扣分。</translation>
    </message>
    <message>
      <source>A file with any invalid row is rejected whole, every problem listed by row and column; nothing is saved.</source>
      <translation>文件中任何一行有误，整个文件均不予导入，并按行、列列出全部问题；不保存任何数据。</translation>
    </message>
    <message>
      <source>Not a session number: {value}</source>
      <translation>不是培训编号：{value}</translation>
    </message>
    <message>
      <source>Hours are a number ≥ 0 with at most one decimal: {value}</source>
      <translation>学时应为不小于 0 的数字，最多一位小数：{value}</translation>
    </message>
    <message>
      <source>No training session has number {n}.</source>
      <translation>没有编号为 {n} 的培训。</translation>
    </message>
    <message>
      <source>Give the session's number, or its title and date.</source>
      <translation>请填写培训编号，或培训名称及日期。</translation>
    </message>
    <message>
      <source>Give the session's date with its title.</source>
      <translation>按培训名称填写时须同时填写培训日期。</translation>
    </message>
    <message>
      <source>No session titled {title} on {date}.</source>
      <translation>{date} 没有名为“{title}”的培训。</translation>
    </message>
    <message>
      <source>Several sessions are titled {title} on {date}: give the session's number.</source>
      <translation>{date} 有多场名为“{title}”的培训，请填写培训编号。</translation>
    </message>
    <message>
      <source>Unknown status {value}: write 出席, 缺席 or 请假.</source>
      <translation>无法识别的状态“{value}”：请填写出席、缺席或请假。</translation>
    </message>
    <message>
      <source>The session of {date} has not taken place yet.</source>
      <translation>{date} 的培训尚未举办。</translation>
    </message>
    <message>
      <source>A person present is credited more than 0 hours.</source>
      <translation>出席人员认定学时须大于 0。</translation>
    </message>
    <message>
      <source>{no} appears twice for this session (also row {row}).</source>
      <translation>{no} 在同一场培训中重复出现（另见第 {row} 行）。</translation>
    </message>
    <message>
      <source>Session {n} ({title}): {problem}</source>
      <translation>培训 {n}（{title}）：{problem}</translation>
    </message>
    <message>
      <source>Cases closed in the month: a whole number ≥ 0; blank means 0.</source>
      <translation>当月办结案件数：0 或正整数；空白视为 0。</translation>
    </message>
    <message>
      <source>Case statistics</source>
      <translation>办案数据</translation>
    </message>
    <message>
      <source>The month: 2026-10, 2026年10月, or any date in the month.</source>
      <translation>月份：如 2026-10、2026年10月，或该月内任一日期。</translation>
    </message>
    <message>
      <source>One row per person and month; a person may appear once per month.</source>
      <translation>每人每月一行；同一人员在同一月份只能出现一次。</translation>
    </message>
    <message>
      <source>Counts become points under the catalogue rules AJ01 (simple procedure), AJ02 (general procedure), AJ03 (non-site) and AJ04 (major case), dated the month's last day.</source>
      <translation>案件数按考核细则 AJ01（简易程序）、AJ02（一般程序）、AJ03（非现场执法）和 AJ04（重大案件）折算积分，记分日期为该月最后一天。</translation>
    </message>
    <message>
      <source>Importing a month again replaces that month's earlier case import: the earlier points are voided (kept on record), the new ones recorded.</source>
      <translation>同一月份再次导入时，将替换该月此前导入的办案数据：原积分作废（保留在案），按新数据重新记分。</translation>
    </message>
    <message>
      <source>The month must have begun and must not be finalised.</source>
      <translation>月份须已开始，且尚未定稿。</translation>
    </message>
    <message>
      <source>Give the month.</source>
      <translation>请填写月份。</translation>
    </message>
    <message>
      <source>{no} appears twice for {month} (also row {row}).</source>
      <translation>{no} 在 {month} 重复出现（另见第 {row} 行）。</translation>
    </message>
    <message>
      <source>{month} has not begun yet.</source>
      <translation>{month} 尚未开始。</translation>
    </message>
    <message>
      <source>The catalogue has no active rule {code} in force on {date}; an administrator must add it before this column can be imported.</source>
      <translation>考核细则中没有 {date} 有效且启用的细则 {code}；须由管理员添加后才能导入此列。</translation>
    </message>
    <message>
      <source>replaced by re-import on {date}</source>
      <translation>已于 {date} 重新导入替换</translation>
    </message>
    <message>
      <source>{no} was hired on {date}, after {span}.</source>
      <translation>{no} 的入职日期为 {date}，晚于 {span}。</translation>
    </message>
    <message>
      <source>{no} is no longer on strength (leaving date not recorded).</source>
      <translation>{no} 已不在岗（未登记离岗日期）。</translation>
    </message>
    <message>
      <source>{no} left on {date}, before {span}.</source>
      <translation>{no} 已于 {date} 离岗，早于 {span}。</translation>
    </message>
    <message>
      <source>Give the staff number.</source>
      <translation>请填写工号。</translation>
    </message>
    <message>
      <source>No person has staff number {no}.</source>
      <translation>没有工号为 {no} 的人员。</translation>
    </message>
    <message>
      <source>{no} is not in your units: a squad leader imports for their own.</source>
      <translation>{no} 不属于您管辖的单位：中队长只能导入本单位人员的数据。</translation>
    </message>
    <message>
      <source>No unit is named {name}.</source>
      <translation>不存在名为 {name} 的单位。</translation>
    </message>
    <message>
      <source>The file holds no rows to import.</source>
      <translation>文件中没有可导入的数据行。</translation>
    </message>
    <message>
      <source>Point entries</source>
      <translation>积分记录</translation>
    </message>
    <message>
      <source>The person's staff number. Leave blank for a squad's entry.</source>
      <translation>人员工号。中队整体加减分时留空。</translation>
    </message>
    <message>
      <source>For a squad's entry (no staff number): the unit's name. With a staff number it may be left blank; if given it must be the person's unit.</source>
      <translation>中队整体加减分（不填工号）时填写单位名称。已填工号的可留空；如填写，须为该人员所在单位。</translation>
    </message>
    <message>
      <source>The day it happened: 2026-10-05 or a date cell; not in the future.</source>
      <translation>发生日期：如 2026-10-05，或日期格式的单元格；不得晚于今天。</translation>
    </message>
    <message>
      <source>The code of a rule of the catalogue in force on that day.</source>
      <translation>当日有效的考核细则编号。</translation>
    </message>
    <message>
      <source>How many units of the rule (cases, times, hours): greater than zero, at most two decimals; blank means 1.</source>
      <translation>按细则计量单位计的数量（件、次、学时等）：须大于零，最多两位小数；空白视为 1。</translation>
    </message>
    <message>
      <source>What happened, in a few words.</source>
      <translation>简要说明事由。</translation>
    </message>
    <message>
      <source>Reference of the supporting record (at most 200 characters).</source>
      <translation>佐证材料的编号或出处（最多 200 个字符）。</translation>
    </message>
    <message>
      <source>One row per entry. Give the staff number, or the unit for a squad's entry.</source>
      <translation>每条记录一行。填写工号；中队整体加减分则填写单位。</translation>
    </message>
    <message>
      <source>Points are the quantity times the rule's points, fixed when imported. Rules that need approval wait for a supervisor's approval.</source>
      <translation>分值 = 数量 × 细则分值，导入时确定。需审核细则下的记录须经督察员审核通过后计分。</translation>
    </message>
    <message>
      <source>Dates must not be in the future nor in a finalised month.</source>
      <translation>日期不得晚于今天，也不得处于已定稿的月份。</translation>
    </message>
    <message>
      <source>A file with any invalid row is rejected whole, every problem listed by row and column; nothing is saved. The same file is not imported twice.</source>
      <translation>文件中任何一行有误，整个文件均不予导入，并按行、列列出全部问题；不保存任何数据。同一文件不能重复导入。</translation>
    </message>
    <message>
      <source>Give the staff number, or the unit for a squad's entry.</source>
      <translation>请填写工号；中队整体加减分请填写单位。</translation>
    </message>
    <message>
      <source>{name} is no longer an active unit.</source>
      <translation>{name} 已不是有效单位。</translation>
    </message>
    <message>
      <source>{name} is not among your units.</source>
      <translation>{name} 不属于您管辖的单位。</translation>
    </message>
    <message>
      <source>{no} is not in {name}; leave the unit blank for a person's entry.</source>
      <translation>{no} 不属于 {name}；个人记录的单位可留空。</translation>
    </message>
    <message>
      <source>Give the date.</source>
      <translation>请填写日期。</translation>
    </message>
    <message>
      <source>At most {n} characters.</source>
      <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>日期不能晚于今天。</translation>
    </message>
    <message>
      <source>Give the rule code.</source>
      <translation>请填写细则编号。</translation>
    </message>
    <message>
      <source>No rule of the catalogue has code {code}.</source>
      <translation>考核细则中没有编号为 {code} 的细则。</translation>
    </message>
    <message>
      <source>Rule {code} is not in force on {date}, or inactive.</source>
      <translation>细则 {code} 在 {date} 未生效或已停用。</translation>
    </message>
    <message>
      <source>These entries were imported already on {date} ({n} entries stand). Void those first to import the same file again.</source>
      <translation>这些记录已于 {date} 导入（现有 {n} 条有效）。如需重新导入同一文件，请先将其作废。</translation>
    </message>
    <message>
      <source>Inspection findings</source>
      <translation>督察问题</translation>
    </message>
    <message>
      <source>The day the problem was found: 2026-10-05 or a date cell.</source>
      <translation>发现问题的日期：2026-10-05 或日期单元格。</translation>
    </message>
    <message>
      <source>The responsible person's staff number; blank for a unit's finding.</source>
      <translation>责任人工号；单位问题留空。</translation>
    </message>
    <message>
      <source>The responsible unit's name. Blank with a staff number: the person's unit.</source>
      <translation>责任单位名称。填了工号可留空，即该人员所在单位。</translation>
    </message>
    <message>
      <source>One of the checklist topics: 着装风纪, 执法记录仪使用, 执法文书, 音像记录, 四先六公开, 考勤, 工作纪律, 廉洁自律.</source>
      <translation>检查内容之一：着装风纪、执法记录仪使用、执法文书、音像记录、四先六公开、考勤、工作纪律、廉洁自律。</translation>
    </message>
    <message>
      <source>一般, 较重 or 严重 (minor, serious, grave).</source>
      <translation>一般、较重或严重。</translation>
    </message>
    <message>
      <source>What was found, in a sentence or two.</source>
      <translation>发现的问题，一两句话。</translation>
    </message>
    <message>
      <source>The rectification deadline; not before the day it was found.</source>
      <translation>整改期限，不早于发现日期。</translation>
    </message>
    <message>
      <source>The number of the inspection in Ducha, if the finding belongs to one.</source>
      <translation>问题所属检查在系统中的编号（如有）。</translation>
    </message>
    <message>
      <source>是 to book the deduction under the severity's rule (DC01, DC02, DC03) on the day found; blank or 否 for none.</source>
      <translation>填“是”则按严重程度对应的细则（DC01、DC02、DC03）在发现日期记扣分；留空或“否”不扣分。</translation>
    </message>
    <message>
      <source>One row per finding. Give the staff number, or the unit for a unit's finding.</source>
      <translation>每个问题一行。填写工号；单位问题填写责任单位。</translation>
    </message>
    <message>
      <source>Findings come in open: assign them to the unit from the Integrity page.</source>
      <translation>导入的问题为“待交办”，请在“廉政督察”页交办给责任单位。</translation>
    </message>
    <message>
      <source>A deduction is refused for a finalised month, a rule not in force that day, or a person not on strength that day.</source>
      <translation>已定稿月份、当日未生效的细则或当日不在岗的人员，不能记扣分。</translation>
    </message>
    <message>
      <source>{value} is not a checklist topic ({topics}).</source>
      <translation>“{value}”不在检查内容清单中（{topics}）。</translation>
    </message>
    <message>
      <source>{value} is not a severity: write 一般, 较重 or 严重.</source>
      <translation>“{value}”不是严重程度：请填一般、较重或严重。</translation>
    </message>
    <message>
      <source>Write 是 or 否, not {value}.</source>
      <translation>请填写是或否，而不是“{value}”。</translation>
    </message>
    <message>
      <source>Give the staff number, or the unit for a unit's finding.</source>
      <translation>请填写工号；单位问题填写责任单位。</translation>
    </message>
    <message>
      <source>Give the checklist topic.</source>
      <translation>请填写检查内容。</translation>
    </message>
    <message>
      <source>Give the severity.</source>
      <translation>请填写严重程度。</translation>
    </message>
    <message>
      <source>Describe the problem.</source>
      <translation>请填写问题描述。</translation>
    </message>
    <message>
      <source>The deadline is before the date it was found.</source>
      <translation>整改期限早于发现日期。</translation>
    </message>
    <message>
      <source>No inspection has number {n}.</source>
      <translation>没有编号为{n}的检查。</translation>
    </message>
    <message>
      <source>Rule {code} ({severity}) is not in force on {date}.</source>
      <translation>细则{code}（{severity}）在{date}未生效。</translation>
    </message>
    <message>
      <source>Roster</source>
      <translation>人员花名册</translation>
    </message>
    <message>
      <source>The person's staff number: letters, digits and hyphens.</source>
      <translation>人员工号：字母、数字和连字符。</translation>
    </message>
    <message>
      <source>The person's name (at most 40 characters).</source>
      <translation>姓名（不超过 40 个字）。</translation>
    </message>
    <message>
      <source>The unit: a path from the bureau such as 局机关/法制科, or the name or short name of a unit when no other unit has it. A unit the bureau lacks is created under the bureau, as the path says, only when you allow it.</source>
      <translation>所在单位：从本局往下的路径，如 局机关/法制科；名称或简称不与其他单位重复时也可只写名称。本局没有的单位，只有在您允许时才按路径在本局下新建。</translation>
    </message>
    <message>
      <source>在编执法, 辅助执法, 协管 or 外包 (or officer, auxiliary, …).</source>
      <translation>在编执法、辅助执法、协管或外包。</translation>
    </message>
    <message>
      <source>The position (at most 40 characters).</source>
      <translation>职务（不超过 40 个字）。</translation>
    </message>
    <message>
      <source>男 or 女.</source>
      <translation>男或女。</translation>
    </message>
    <message>
      <source>2026-10-05 or a date cell; age 16 to 75.</source>
      <translation>如 2026-10-05，或日期格式单元格；年龄 16 至 75 岁。</translation>
    </message>
    <message>
      <source>2026-10-05 or a date cell; not in the future.</source>
      <translation>如 2026-10-05，或日期格式单元格；不能晚于今天。</translation>
    </message>
    <message>
      <source>Digits, +, - and spaces.</source>
      <translation>数字、+、- 和空格。</translation>
    </message>
    <message>
      <source>是 or 否 (blank is 否).</source>
      <translation>是或否（空白视为否）。</translation>
    </message>
    <message>
      <source>Optional, as in the roster export: 离职 or 调出 marks someone who has gone; anything else, or blank, is someone on strength.</source>
      <translation>可选，与导出的花名册相同：离职或调出表示已离队；其他内容或空白表示在岗。</translation>
    </message>
    <message>
      <source>One row per person; the staff number finds the person.</source>
      <translation>每人一行，按工号对应人员。</translation>
    </message>
    <message>
      <source>A new staff number is added; a changed unit is a transfer dated by the effective date; any other changed cell is an edit. A column the file does not have is left as it is.</source>
      <translation>新工号即新增人员；单位变了即按生效日期调动；其他单元格有变化即修改该项。文件中没有的列保持不变。</translation>
    </message>
    <message>
      <source>People on strength whom the file does not list are reported as not in the file, and marked as left on the effective date only if you ask for it.</source>
      <translation>在岗但文件中没有的人员列为“文件中没有”，只有您勾选时才在生效日期标记为离职。</translation>
    </message>
    <message>
      <source>A file with any invalid row is rejected whole, every problem listed by row and column; nothing is saved. Only an administrator imports the roster.</source>
      <translation>只要有一行有误，整个文件都不导入，并按行、列列出全部问题；不保存任何数据。花名册只能由管理员导入。</translation>
    </message>
    <message>
      <source>Unknown value {value}: write one of {allowed}.</source>
      <translation>无法识别“{value}”：请填写 {allowed} 之一。</translation>
    </message>
    <message>
      <source>The unit path {path} has an empty part.</source>
      <translation>单位路径“{path}”中有空的一级。</translation>
    </message>
    <message>
      <source>A unit name has at most 80 characters.</source>
      <translation>单位名称不超过 80 个字。</translation>
    </message>
    <message>
      <source>The bureau is not set up yet.</source>
      <translation>本局尚未完成初始设置。</translation>
    </message>
    <message>
      <source>Give the unit.</source>
      <translation>请填写单位。</translation>
    </message>
    <message>
      <source>Staff number {no} is also on row {row}: one row per person.</source>
      <translation>工号 {no} 在第 {row} 行已出现：每人只能一行。</translation>
    </message>
    <message>
      <source>{no} is marked as {status} since {date}: reactivate them on the People page first, or mark the row 离职.</source>
      <translation>{no} 自 {date} 起为“{status}”：请先在人员页面恢复其在岗状态，或将此行状态标为离职。</translation>
    </message>
    <message>
      <source>Several units are named {name} ({paths}): write the unit's path.</source>
      <translation>有多个单位名为“{name}”（{paths}）：请写出单位路径。</translation>
    </message>
    <message>
      <source>The bureau has no unit {path}: choose to create missing units to add it under the bureau.</source>
      <translation>本局没有单位“{path}”：如需在本局下新建，请选择“创建缺少的单位”。</translation>
    </message>
    <message>
      <source>The effective date {date} is in the future.</source>
      <translation>生效日期 {date} 晚于今天。</translation>
    </message>
    <message>
      <source>{no} ({name}) cannot be marked as left: {reason}</source>
      <translation>{no}（{name}）不能标记为离职：{reason}</translation>
    </message>
    <message>
      <source>Roster import ({file})</source>
      <translation>花名册导入（{file}）</translation>
    </message>
    <message>
      <source>{who} changed people or units at {when}, after your check.</source>
      <translation>在您检查之后，{who} 于 {when} 修改了人员或单位。</translation>
    </message>
    <message>
      <source>Someone</source>
      <translation>有人</translation>
    </message>
    <message>
      <source>The file is no longer the one you checked.</source>
      <translation>文件已不是您检查时的那一份。</translation>
    </message>
    <message>
      <source>Nothing was saved. The plan shown now is what the import would do: look at it, then import again.</source>
      <translation>未保存任何内容。现在显示的是按当前情况导入将要做的变动：请核对后再次导入。</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>{name} is not a readable Excel workbook (.xlsx): it is damaged or of another kind. Open it in Excel and save it again as .xlsx.</source>
      <translation>{name} 不是可读取的 Excel 工作簿（.xlsx）：文件已损坏或并非 Excel 文件。请用 Excel 打开后重新另存为 .xlsx。</translation>
    </message>
    <message>
      <source>{name} holds no worksheet, only charts: import the sheet of data.</source>
      <translation>{name} 中只有图表，没有工作表：请导入含数据的工作表。</translation>
    </message>
    <message>
      <source>{name}, sheet {sheet}: the sheet is damaged after row {row} and cannot be read. Open it in Excel and save it again as .xlsx.</source>
      <translation>{name}，工作表“{sheet}”：第 {row} 行之后已损坏，无法读取。请用 Excel 打开后重新另存为 .xlsx。</translation>
    </message>
    <message>
      <source>The cell holds the formula {formula} without its result: in Excel, copy the column and paste it as values, then save the file again.</source>
      <translation>该单元格是公式 {formula}，但没有保存计算结果：请在 Excel 中复制该列，“选择性粘贴”为数值后重新保存。</translation>
    </message>
    <message>
      <source>{name} is UTF-16 text (Excel's "Unicode text"): save it as CSV UTF-8 or .xlsx.</source>
      <translation>{name} 是 UTF-16 文本（Excel 的“Unicode 文本”）：请另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
      <source>{name} holds zero bytes: it is UTF-16 text without a byte-order mark, or not text at all. Save it as CSV UTF-8 or .xlsx.</source>
      <translation>{name} 含有空字节：可能是不带标记的 UTF-16 文本，或根本不是文本文件。请另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
      <source>{name} is neither UTF-8 nor GB18030 text: save it as CSV UTF-8 or .xlsx.</source>
      <translation>{name} 既不是 UTF-8 也不是 GB18030 编码的文本：请另存为“CSV UTF-8”或 .xlsx 格式。</translation>
    </message>
    <message>
      <source>{name}, line {line}: the text changes its encoding here (UTF-8 before, something else from here on). Save the whole file again as CSV UTF-8.</source>
      <translation>{name} 第 {line} 行：文字编码在此处发生变化（此前为 UTF-8，此后为其他编码）。请将整个文件重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
      <source>{name}, line {line}: a cell is far too long (over {limit} characters); a quotation mark is probably not closed.</source>
      <translation>{name} 第 {line} 行：某个单元格过长（超过 {limit} 个字符），可能是引号没有配对。</translation>
    </message>
    <message>
      <source>No such file: {path}</source>
      <translation>文件不存在：{path}</translation>
    </message>
    <message>
      <source>{name} is in the old Excel format (.xls): save it as .xlsx first.</source>
      <translation>{name} 为旧版 Excel 格式（.xls）：请先另存为 .xlsx。</translation>
    </message>
    <message>
      <source>{name}: import files are .xlsx or .csv.</source>
      <translation>{name}：导入文件须为 .xlsx 或 .csv 格式。</translation>
    </message>
    <message>
      <source>The cell holds {n} characters; at most {limit} are read.</source>
      <translation>该单元格有 {n} 个字符，最多只能读取 {limit} 个。</translation>
    </message>
    <message>
      <source>The cell shows the Excel error {value}: correct it first.</source>
      <translation>该单元格显示 Excel 错误值 {value}：请先更正。</translation>
    </message>
    <message>
      <source>The cell holds an invisible control character (U+{code}): retype the text.</source>
      <translation>该单元格含有不可见的控制字符（U+{code}）：请重新输入该内容。</translation>
    </message>
    <message>
      <source>Column {header} appears twice; keep one of them.</source>
      <translation>“{header}”列重复出现，请只保留一列。</translation>
    </message>
    <message>
      <source>The header row lacks {missing}. Expected headers: {expected} (Chinese or English, as in the template).</source>
      <translation>表头缺少 {missing}。应有的表头：{expected}（中文或英文，与模板一致）。</translation>
    </message>
    <message>
      <source>{name} cannot be read: {error}</source>
      <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
      <source>{name} is not a well-formed CSV file: {error}</source>
      <translation>{name} 不是格式正确的 CSV 文件：{error}</translation>
    </message>
    <message>
      <source>{name} is empty.</source>
      <translation>{name} 是空文件。</translation>
    </message>
    <message>
      <source>A count cannot be negative.</source>
      <translation>件数不能为负数。</translation>
    </message>
    <message>
      <source>A count is a whole number.</source>
      <translation>件数须为整数。</translation>
    </message>
    <message>
      <source>More than {n}: check the figure.</source>
      <translation>超过 {n}，请核对数字。</translation>
    </message>
    <message>
      <source>The quantity must be greater than zero.</source>
      <translation>数量必须大于零。</translation>
    </message>
    <message>
      <source>The quantity has at most two decimals and is below {n}.</source>
      <translation>数量最多保留两位小数，且须小于 {n}。</translation>
    </message>
    <message>
      <source>Not a record number (a whole number from 1): {value}</source>
      <translation>不是有效编号（应为从 1 起的整数）：{value}</translation>
    </message>
    <message>
      <source>Not a number: {value}</source>
      <translation>不是数字：{value}</translation>
    </message>
    <message>
      <source>Not a date: {value} (write 2026-10-05).</source>
      <translation>不是日期：{value}（请写作 2026-10-05）。</translation>
    </message>
    <message>
      <source>Not a month: {value} (write 2026-10 or 2026年10月).</source>
      <translation>不是月份：{value}（请写作 2026-10 或 2026年10月）。</translation>
    </message>
  </context>
  <context>
    <name>inspection_bulletin</name>
    <message>
      <source>The inspection bulletin covers every unit; a squad leader may not print it.</source>
      <translation>督察通报涵盖全部单位，中队长不能打印。</translation>
    </message>
    <message>
      <source>The period starts after the day of issue ({date}).</source>
      <translation>统计期间的开始日期晚于印发日期（{date}）。</translation>
    </message>
    <message>
      <source>A unit counts as inspected when an inspection held in the period names it; the units to cover are the active units, the bureau itself excepted.</source>
      <translation>期内开展的督察检查列明某单位的，该单位即计为已检查；应检查单位为在用单位，局本级不计。</translation>
    </message>
    <message>
      <source>There is no unit to cover.</source>
      <translation>暂无应检查单位。</translation>
    </message>
    <message>
      <source>In {period} every one of the {total} units was inspected at least once: coverage {share}.</source>
      <translation>{period}，全部{total}个单位均至少接受督察检查1次，覆盖率{share}。</translation>
    </message>
    <message>
      <source>In {period}, {covered} of the {total} units were inspected at least once: coverage {share}. Not yet inspected ({n}): {units}. They are to be inspected first in the coming period.</source>
      <translation>{period}，{total}个单位中有{covered}个至少接受督察检查1次，覆盖率{share}。尚未检查的单位（{n}个）：{units}。下一阶段将优先安排对上述单位的督察检查。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>{bureau}: bulletin on the supervision inspections of {period}</source>
      <translation>{bureau}关于{period}督察检查情况的通报</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>基本情况</translation>
    </message>
    <message>
      <source>Inspection coverage</source>
      <translation>督察全覆盖情况</translation>
    </message>
    <message>
      <source>Where the problems were</source>
      <translation>问题分布</translation>
    </message>
    <message>
      <source>Rectification</source>
      <translation>整改情况</translation>
    </message>
    <message>
      <source>Typical problems</source>
      <translation>典型问题</translation>
    </message>
    <message>
      <source>Early warnings</source>
      <translation>预警情况</translation>
    </message>
    <message>
      <source>Requirements</source>
      <translation>工作要求</translation>
    </message>
    <message>
      <source>The supervision squad's inspections of {period} and the rectification of the problems found are hereby reported as follows.</source>
      <translation>现将{period}督察检查及问题整改情况通报如下。</translation>
    </message>
    <message>
      <source>{start_day} {start_month} to {end_day} {end_month} {year}</source>
      <translation>{year}年{start_month}{start_day}日至{end_month}{end_day}日</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>{start}至{end}</translation>
    </message>
    <message>
      <source>{kind} {n}</source>
      <translation>{kind}{n}次</translation>
    </message>
    <message>
      <source>In {period} the squad held {n} inspections ({kinds}), visiting {units} units and checking {people} people.</source>
      <translation>{period}，督察队共开展督察检查{n}次（其中{kinds}），检查单位{units}个、人员{people}人。</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>No inspection was held in {period}.</source>
      <translation>{period}未开展督察检查。</translation>
    </message>
    <message>
      <source>{n} problems were found: {minor} minor, {serious} serious and {grave} grave.</source>
      <translation>共发现问题{n}个，其中一般问题{minor}个、较重问题{serious}个、严重问题{grave}个。</translation>
    </message>
    <message>
      <source>No problem was found.</source>
      <translation>未发现问题。</translation>
    </message>
    <message>
      <source>{n} complaints were received: {founded} founded, {unfounded} unfounded, {pending} still under investigation. {talks} integrity talks were held.</source>
      <translation>受理投诉{n}件，其中查实{founded}件、不属实{unfounded}件、正在调查{pending}件；开展廉政谈话{talks}次。</translation>
    </message>
    <message>
      <source>No problem was found in the period.</source>
      <translation>本期未发现问题。</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>问题数</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>已销号</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>检查内容</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <source>Serious or grave</source>
      <translation>较重及严重</translation>
    </message>
    <message>
      <source>(1) By unit</source>
      <translation>（一）按单位</translation>
    </message>
    <message>
      <source>(2) By topic</source>
      <translation>（二）按检查内容</translation>
    </message>
    <message>
      <source>The most frequent problems concerned {topic} ({n}, {share} of all findings).</source>
      <translation>问题最集中的是“{topic}”方面，共{n}个，占问题总数的{share}。</translation>
    </message>
    <message>
      <source>All findings</source>
      <translation>全部问题</translation>
    </message>
    <message>
      <source>Findings by topic</source>
      <translation>各检查内容发现问题数</translation>
    </message>
    <message>
      <source>As of {date}, {due} of the period's problems had passed their rectification deadline and {verified} of them were verified as rectified: a rectification rate of {rate}. Of all {n} problems, {done} are verified, {waiting} rectified and awaiting the check, and {progress} still being rectified.</source>
      <translation>截至{date}，本期问题中已到整改期限的{due}个，经复核整改到位{verified}个，整改率{rate}。本期{n}个问题中，已复核销号{done}个，已整改待复核{waiting}个，正在整改{progress}个。</translation>
    </message>
    <message>
      <source>The rectification rate is the verified share of the problems whose deadline has passed.</source>
      <translation>整改率＝复核通过的问题数÷已到整改期限的问题数。</translation>
    </message>
    <message>
      <source>No problem is overdue.</source>
      <translation>无逾期未整改问题。</translation>
    </message>
    <message>
      <source>{n} problems are past their deadline and not yet rectified (including any found before the period). They are listed below and are to be rectified at once.</source>
      <translation>以下{n}个问题已超过整改期限仍未整改到位（含本期以前发现的问题），请相关单位立即整改。</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Days overdue</source>
      <translation>逾期天数</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>程度</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>No serious or grave problem was found in the period.</source>
      <translation>本期未发现较重或严重问题。</translation>
    </message>
    <message>
      <source>The serious and grave problems found, grave first:</source>
      <translation>本期发现的较重及严重问题如下（严重问题在前）：</translation>
    </message>
    <message>
      <source>{unit}, {person}</source>
      <translation>{unit}{person}</translation>
    </message>
    <message>
      <source>verified as rectified</source>
      <translation>已整改销号</translation>
    </message>
    <message>
      <source>({n}) {who}: {text} ({severity}, {topic}, found {date}; {status}).</source>
      <translation>（{n}）{who}：{text}（{severity}，{topic}，{date}发现；{status}）。</translation>
    </message>
    <message>
      <source>({shown} of {total} serious or grave problems are described.)</source>
      <translation>（共有较重及严重问题{total}个，此处列举{shown}个。）</translation>
    </message>
    <message>
      <source>{fired} early warnings were raised in the period; {open} warnings await action.</source>
      <translation>本期共产生预警{fired}条；目前待处置预警{open}条。</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>预警</translation>
    </message>
    <message>
      <source>Awaiting action</source>
      <translation>待处置</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>预警日期</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Grounds</source>
      <translation>预警依据</translation>
    </message>
    <message>
      <source>The units concerned are to talk with the people warned and report the action taken to the supervision squad.</source>
      <translation>请相关单位及时对被预警人员开展谈话提醒，并将处置情况报督察队。</translation>
    </message>
    <message>
      <source>Every unit is to check itself against the problems in this bulletin, draw lessons from the typical cases, and rectify what is found at once. Overdue problems are to be rectified and reported for verification without delay; the supervision squad will follow them up in its next inspections.</source>
      <translation>各单位要对照本通报问题举一反三、自查自纠，以典型问题为鉴，发现问题立行立改。逾期未整改问题要尽快整改到位并报请复核，督察队将在后续检查中跟踪督办。</translation>
    </message>
  </context>
  <context>
    <name>integrity</name>
    <message>
      <source>Integrity records are kept by supervisors and administrators.</source>
      <translation>廉政督察记录由督察员和管理员登记。</translation>
    </message>
    <message>
      <source>No such person.</source>
      <translation>没有这个人员。</translation>
    </message>
    <message>
      <source>No such unit.</source>
      <translation>没有这个单位。</translation>
    </message>
    <message>
      <source>No such case-file review.</source>
      <translation>没有这条案卷评查记录。</translation>
    </message>
    <message>
      <source>Give the case number.</source>
      <translation>请填写案号。</translation>
    </message>
    <message>
      <source>The case number is longer than 60 characters.</source>
      <translation>案号超过60个字符。</translation>
    </message>
    <message>
      <source>Choose the unit.</source>
      <translation>请选择单位。</translation>
    </message>
    <message>
      <source>Give the date of the review.</source>
      <translation>请填写评查日期。</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>日期晚于今天。</translation>
    </message>
    <message>
      <source>Name the reviewer.</source>
      <translation>请填写评查人。</translation>
    </message>
    <message>
      <source>The reviewer is longer than 60 characters.</source>
      <translation>评查人超过60个字符。</translation>
    </message>
    <message>
      <source>The score is a number from 0 to 100, with one decimal at most.</source>
      <translation>得分为0至100的数字，最多一位小数。</translation>
    </message>
    <message>
      <source>Choose the case handlers.</source>
      <translation>请选择承办人。</translation>
    </message>
    <message>
      <source>No rule {code} is in force on {date} to book the review's points.</source>
      <translation>{date}没有生效的细则{code}，无法记入评查积分。</translation>
    </message>
    <message>
      <source>Case-file review re-scored</source>
      <translation>案卷评查重新评分</translation>
    </message>
    <message>
      <source>No such complaint.</source>
      <translation>没有这条投诉记录。</translation>
    </message>
    <message>
      <source>Give the date received.</source>
      <translation>请填写受理日期。</translation>
    </message>
    <message>
      <source>Say what the complaint is about.</source>
      <translation>请填写投诉内容。</translation>
    </message>
    <message>
      <source>Choose the channel it came by.</source>
      <translation>请选择投诉渠道。</translation>
    </message>
    <message>
      <source>Give the number of the case concerned.</source>
      <translation>请填写所涉案件的案号。</translation>
    </message>
    <message>
      <source>Name the case handler.</source>
      <translation>请选择案件承办人。</translation>
    </message>
    <message>
      <source>Name the person or unit complained about.</source>
      <translation>请选择被投诉的人员或单位。</translation>
    </message>
    <message>
      <source>A void complaint can no longer be edited.</source>
      <translation>已作废的投诉不能再修改。</translation>
    </message>
    <message>
      <source>A founded complaint's person or unit cannot change; void it and record it again.</source>
      <translation>已查实投诉的人员或单位不能更改；请作废后重新登记。</translation>
    </message>
    <message>
      <source>Only a pending complaint can be closed.</source>
      <translation>只有调查中的投诉可以办结。</translation>
    </message>
    <message>
      <source>Close it as founded or unfounded.</source>
      <translation>请以“属实”或“不属实”办结。</translation>
    </message>
    <message>
      <source>Give the date it was closed.</source>
      <translation>请填写办结日期。</translation>
    </message>
    <message>
      <source>The date is before it was received.</source>
      <translation>日期早于受理日期。</translation>
    </message>
    <message>
      <source>Only a founded complaint costs points.</source>
      <translation>只有查实的投诉才扣分。</translation>
    </message>
    <message>
      <source>This complaint already has its deduction.</source>
      <translation>该投诉已记扣分。</translation>
    </message>
    <message>
      <source>No rule {code} is in force on {date}; choose the rule.</source>
      <translation>{date}没有生效的细则{code}，请选择细则。</translation>
    </message>
    <message>
      <source>This complaint is already void.</source>
      <translation>该投诉已作废。</translation>
    </message>
    <message>
      <source>Give the reason.</source>
      <translation>请填写理由。</translation>
    </message>
    <message>
      <source>No such finding.</source>
      <translation>没有这个问题。</translation>
    </message>
    <message>
      <source>No such inspection.</source>
      <translation>没有这次检查。</translation>
    </message>
    <message>
      <source>Give the date of the inspection.</source>
      <translation>请填写检查日期。</translation>
    </message>
    <message>
      <source>Choose the kind of inspection.</source>
      <translation>请选择检查类型。</translation>
    </message>
    <message>
      <source>Give the inspection a title.</source>
      <translation>请填写检查名称。</translation>
    </message>
    <message>
      <source>The title is longer than 120 characters.</source>
      <translation>名称超过120个字符。</translation>
    </message>
    <message>
      <source>The inspectors are longer than 200 characters.</source>
      <translation>检查人员超过200个字符。</translation>
    </message>
    <message>
      <source>Choose the units or people inspected.</source>
      <translation>请选择被检查的单位或人员。</translation>
    </message>
    <message>
      <source>Tick at least one checklist topic.</source>
      <translation>请至少勾选一项检查内容。</translation>
    </message>
    <message>
      <source>Unknown checklist topic.</source>
      <translation>检查内容不在清单中。</translation>
    </message>
    <message>
      <source>Only an open finding can be assigned; this one is {status}.</source>
      <translation>只有“待交办”的问题可以交办；该问题为“{status}”。</translation>
    </message>
    <message>
      <source>Only an assigned or sent-back finding can be rectified; this one is {status}.</source>
      <translation>只有“已交办”或“退回整改”的问题可以登记整改；该问题为“{status}”。</translation>
    </message>
    <message>
      <source>Only a rectified finding can be verified; this one is {status}.</source>
      <translation>只有“已整改”的问题可以复核通过；该问题为“{status}”。</translation>
    </message>
    <message>
      <source>Only a rectified finding can be sent back; this one is {status}.</source>
      <translation>只有“已整改”的问题可以退回；该问题为“{status}”。</translation>
    </message>
    <message>
      <source>This finding is already void.</source>
      <translation>该问题已作废。</translation>
    </message>
    <message>
      <source>A void finding cannot be given a deduction.</source>
      <translation>已作废的问题不能扣分。</translation>
    </message>
    <message>
      <source>A {status} finding can no longer be edited.</source>
      <translation>“{status}”的问题不能再修改。</translation>
    </message>
    <message>
      <source>Give the date it was found.</source>
      <translation>请填写发现日期。</translation>
    </message>
    <message>
      <source>Choose a checklist topic.</source>
      <translation>请选择检查内容。</translation>
    </message>
    <message>
      <source>Choose the severity.</source>
      <translation>请选择严重程度。</translation>
    </message>
    <message>
      <source>Describe the problem.</source>
      <translation>请描述问题。</translation>
    </message>
    <message>
      <source>The deadline is before the date it was found.</source>
      <translation>整改期限早于发现日期。</translation>
    </message>
    <message>
      <source>Name the responsible unit or person.</source>
      <translation>请选择责任单位或责任人。</translation>
    </message>
    <message>
      <source>Give the date.</source>
      <translation>请填写日期。</translation>
    </message>
    <message>
      <source>The date is before the previous step ({date}).</source>
      <translation>日期早于上一环节（{date}）。</translation>
    </message>
    <message>
      <source>Give the deadline for rectification.</source>
      <translation>请填写整改期限。</translation>
    </message>
    <message>
      <source>The deadline is before the date assigned.</source>
      <translation>整改期限早于交办日期。</translation>
    </message>
    <message>
      <source>Say what was done to rectify it.</source>
      <translation>请填写整改情况。</translation>
    </message>
    <message>
      <source>Say why the rectification is not accepted.</source>
      <translation>请填写退回理由。</translation>
    </message>
    <message>
      <source>The new deadline has already passed.</source>
      <translation>新的整改期限已过。</translation>
    </message>
    <message>
      <source>This finding already has its deduction.</source>
      <translation>该问题已记扣分。</translation>
    </message>
    <message>
      <source>At most {n} characters.</source>
      <translation>最多{n}个字符。</translation>
    </message>
    <message>
      <source>No such risk point.</source>
      <translation>没有这个风险点。</translation>
    </message>
    <message>
      <source>Name the position.</source>
      <translation>请填写岗位。</translation>
    </message>
    <message>
      <source>Describe the risk.</source>
      <translation>请描述风险。</translation>
    </message>
    <message>
      <source>Choose the risk level.</source>
      <translation>请选择风险等级。</translation>
    </message>
    <message>
      <source>Choose the person.</source>
      <translation>请选择人员。</translation>
    </message>
    <message>
      <source>A pledge for {year} is signed in {year} (or late the year before).</source>
      <translation>{year}年承诺书应在{year}年内（或上年年底）签订。</translation>
    </message>
    <message>
      <source>No such integrity talk.</source>
      <translation>没有这次廉政谈话。</translation>
    </message>
    <message>
      <source>Choose the kind of talk.</source>
      <translation>请选择谈话类型。</translation>
    </message>
    <message>
      <source>Name who held the talk.</source>
      <translation>请填写谈话人。</translation>
    </message>
    <message>
      <source>A collective talk is held with a unit.</source>
      <translation>集体谈话须选择单位。</translation>
    </message>
    <message>
      <source>Name the person talked to.</source>
      <translation>请选择谈话对象。</translation>
    </message>
    <message>
      <source>No such report.</source>
      <translation>没有这份报告。</translation>
    </message>
    <message>
      <source>Name the person reporting.</source>
      <translation>请选择报告人。</translation>
    </message>
    <message>
      <source>Say what the matter is.</source>
      <translation>请填写报告事项。</translation>
    </message>
  </context>
  <context>
    <name>integrity_coverage</name>
    <message>
      <source>Month</source>
      <translation>月度</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
  </context>
  <context>
    <name>integrity_period</name>
    <message>
      <source>The period ends before it starts.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
      <source>(no unit)</source>
      <translation>（未指定单位）</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Bureau</source>
      <translation>局</translation>
    </message>
    <message>
      <source>Squad</source>
      <translation>中队</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>科室</translation>
    </message>
    <message>
      <source>Town team</source>
      <translation>镇街执法队</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>分局</translation>
    </message>
    <message>
      <source>Officer</source>
      <translation>在编执法</translation>
    </message>
    <message>
      <source>Auxiliary</source>
      <translation>辅助执法</translation>
    </message>
    <message>
      <source>Assistant</source>
      <translation>协管</translation>
    </message>
    <message>
      <source>Contractor</source>
      <translation>外包</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>在岗</translation>
    </message>
    <message>
      <source>Transferred out</source>
      <translation>调出</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>离职</translation>
    </message>
    <message>
      <source>System administrator</source>
      <translation>系统管理员</translation>
    </message>
    <message>
      <source>Security administrator</source>
      <translation>安全管理员</translation>
    </message>
    <message>
      <source>Audit administrator</source>
      <translation>审计管理员</translation>
    </message>
    <message>
      <source>Supervision chief</source>
      <translation>督察队长</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>督察员</translation>
    </message>
    <message>
      <source>Squad leader</source>
      <translation>中队长</translation>
    </message>
    <message>
      <source>Viewer</source>
      <translation>局领导（只读）</translation>
    </message>
    <message>
      <source>Casework</source>
      <translation>办案</translation>
    </message>
    <message>
      <source>Patrol</source>
      <translation>巡查</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>服务</translation>
    </message>
    <message>
      <source>Commendation</source>
      <translation>表彰奖励</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>Discipline</source>
      <translation>纪律作风</translation>
    </message>
    <message>
      <source>Supervision finding</source>
      <translation>督察问题</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉信访</translation>
    </message>
    <message>
      <source>Case-file review</source>
      <translation>案卷评查</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Awaiting approval</source>
      <translation>待审核</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>已通过</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>未通过</translation>
    </message>
    <message>
      <source>Void</source>
      <translation>已作废</translation>
    </message>
    <message>
      <source>Manual</source>
      <translation>手工录入</translation>
    </message>
    <message>
      <source>Case import</source>
      <translation>案件导入</translation>
    </message>
    <message>
      <source>Event import</source>
      <translation>事件导入</translation>
    </message>
    <message>
      <source>Inspection finding</source>
      <translation>督察发现问题</translation>
    </message>
    <message>
      <source>Excellent</source>
      <translation>优秀</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>良好</translation>
    </message>
    <message>
      <source>Pass</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>Basic pass</source>
      <translation>基本合格</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>Routine</source>
      <translation>常规检查</translation>
    </message>
    <message>
      <source>Special</source>
      <translation>专项检查</translation>
    </message>
    <message>
      <source>Unannounced</source>
      <translation>暗访检查</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>回头看</translation>
    </message>
    <message>
      <source>Minor</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Serious</source>
      <translation>较重</translation>
    </message>
    <message>
      <source>Grave</source>
      <translation>严重</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>待交办</translation>
    </message>
    <message>
      <source>Assigned</source>
      <translation>已交办</translation>
    </message>
    <message>
      <source>Rectified</source>
      <translation>已整改</translation>
    </message>
    <message>
      <source>Verified</source>
      <translation>已复核</translation>
    </message>
    <message>
      <source>Sent back</source>
      <translation>退回整改</translation>
    </message>
    <message>
      <source>12345 hotline</source>
      <translation>12345热线</translation>
    </message>
    <message>
      <source>Letters and visits</source>
      <translation>来信来访</translation>
    </message>
    <message>
      <source>Media</source>
      <translation>媒体曝光</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>督察检查</translation>
    </message>
    <message>
      <source>Administrative reconsideration</source>
      <translation>行政复议</translation>
    </message>
    <message>
      <source>Administrative litigation</source>
      <translation>行政诉讼</translation>
    </message>
    <message>
      <source>Under investigation</source>
      <translation>待核实</translation>
    </message>
    <message>
      <source>Founded</source>
      <translation>属实</translation>
    </message>
    <message>
      <source>Unfounded</source>
      <translation>不属实</translation>
    </message>
    <message>
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>低</translation>
    </message>
    <message>
      <source>Pre-appointment</source>
      <translation>任前谈话</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>提醒谈话</translation>
    </message>
    <message>
      <source>Admonition</source>
      <translation>诫勉谈话</translation>
    </message>
    <message>
      <source>Collective</source>
      <translation>集体谈话</translation>
    </message>
    <message>
      <source>Awaiting action</source>
      <translation>待处理</translation>
    </message>
    <message>
      <source>Acknowledged</source>
      <translation>已处置</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已办结</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>已排除</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>预警</translation>
    </message>
    <message>
      <source>Critical warning</source>
      <translation>严重预警</translation>
    </message>
    <message>
      <source>Legal training</source>
      <translation>法律培训</translation>
    </message>
    <message>
      <source>Professional skills</source>
      <translation>业务技能</translation>
    </message>
    <message>
      <source>Lecture hall</source>
      <translation>大讲堂</translation>
    </message>
    <message>
      <source>Drills and competitions</source>
      <translation>练兵比武</translation>
    </message>
    <message>
      <source>Online study</source>
      <translation>网络学习</translation>
    </message>
    <message>
      <source>Induction</source>
      <translation>入职培训</translation>
    </message>
    <message>
      <source>Integrity education</source>
      <translation>廉政教育</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>出勤</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>缺勤</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>请假</translation>
    </message>
    <message>
      <source>Enforcement certificate</source>
      <translation>行政执法证</translation>
    </message>
    <message>
      <source>Auxiliary enforcement certificate</source>
      <translation>辅助执法证</translation>
    </message>
    <message>
      <source>Legal professional qualification</source>
      <translation>法律职业资格证书</translation>
    </message>
    <message>
      <source>Drone pilot licence</source>
      <translation>无人机驾驶员执照</translation>
    </message>
    <message>
      <source>Other certificate</source>
      <translation>其他证书</translation>
    </message>
    <message>
      <source>Casework star</source>
      <translation>办案之星</translation>
    </message>
    <message>
      <source>Service star</source>
      <translation>服务之星</translation>
    </message>
    <message>
      <source>Most improved star</source>
      <translation>奔跑之星</translation>
    </message>
  </context>
  <context>
    <name>locking</name>
    <message>
      <source>{month} is finalised and locked; an administrator must reopen it before entries dated in it can change.</source>
      <translation>{month} 已定稿锁定；须由管理员重新开放后，才能变更该月的记录。</translation>
    </message>
    <message>
      <source>{month} is already finalised by {who}.</source>
      <translation>{month} 已由 {who} 定稿，无需再次定稿。</translation>
    </message>
    <message>
      <source>{month} is already finalised.</source>
      <translation>{month} 已定稿。</translation>
    </message>
    <message>
      <source>A month can be finalised once it has begun.</source>
      <translation>月份开始后才能定稿。</translation>
    </message>
    <message>
      <source>{month} is not finalised.</source>
      <translation>{month} 尚未定稿。</translation>
    </message>
    <message>
      <source>Give the reason for reopening.</source>
      <translation>请填写重新开放的理由。</translation>
    </message>
  </context>
  <context>
    <name>paper_code</name>
    <message>
      <source>A verification code has 12 letters and digits, printed as XXXX-XXXX-XXXX (digits 2 to 7 only).</source>
      <translation>核验码由 12 位字母和数字组成，印作 XXXX-XXXX-XXXX（数字只有 2 至 7）。</translation>
    </message>
    <message>
      <source>No bulletin with the code {code} was printed from this database. Either the code is mistyped, the bulletin came from another database, or the record of its printing has been removed.</source>
      <translation>本数据库没有打印过核验码为 {code} 的通报。可能是核验码输错了，通报出自另一个数据库，或者打印记录已被删除。</translation>
    </message>
    <message>
      <source>The record of this bulletin's printing has been altered.</source>
      <translation>这份通报的打印记录已被改动。</translation>
    </message>
    <message>
      <source>The audit log has been cut since this bulletin was printed: the entry it was anchored to (no. {id}) is gone.</source>
      <translation>这份通报打印后，审计日志被删减过：通报所锚定的第 {id} 条日志已不存在。</translation>
    </message>
    <message>
      <source>The audit log has been rewritten since this bulletin was printed: the entry it was anchored to (no. {id}) no longer has the same content.</source>
      <translation>这份通报打印后，审计日志被重写过：通报所锚定的第 {id} 条日志内容已不同。</translation>
    </message>
    <message>
      <source>The saved results of {month} have changed since it was printed.</source>
      <translation>通报打印后，{month} 已保存的考核结果被改动过。</translation>
    </message>
    <message>
      <source>The entries of {month} have changed since it was printed.</source>
      <translation>通报打印后，{month} 的积分记录被改动过。</translation>
    </message>
    <message>
      <source>The finalisation of {month} has changed since it was printed (reopened, finalised again, or its lock altered).</source>
      <translation>通报打印后，{month} 的定稿状态有变化（被重新打开、再次定稿，或锁定记录被改动）。</translation>
    </message>
    <message>
      <source>finalised</source>
      <translation>定稿</translation>
    </message>
    <message>
      <source>provisional</source>
      <translation>未定稿</translation>
    </message>
    <message>
      <source>Code {code}: the {kind} bulletin of {month}, printed {at} by {who}.</source>
      <translation>核验码 {code}：{month} 的{kind}通报，由 {who} 于 {at} 打印。</translation>
    </message>
    <message>
      <source>Verified: the month's figures and the audit log are as they were when this bulletin was printed.</source>
      <translation>核验通过：该月数据和审计日志与打印这份通报时一致。</translation>
    </message>
    <message>
      <source>NOT verified: the printed bulletin does not match the database.</source>
      <translation>核验未通过：纸质通报与数据库不一致。</translation>
    </message>
  </context>
  <context>
    <name>passwords</name>
    <message>
      <source>The password needs at least {n} characters.</source>
      <translation>密码至少需要 {n} 位。</translation>
    </message>
    <message>
      <source>The password needs 3 of these 4 kinds of character: capital letters, small letters, digits and other signs (such as @ # ! -).</source>
      <translation>密码须包含以下四类字符中的至少三类：大写字母、小写字母、数字、其他符号（如 @ # ! -）。</translation>
    </message>
    <message>
      <source>The password must not contain the user name.</source>
      <translation>密码中不能包含用户名。</translation>
    </message>
    <message>
      <source>This is the demo bureau's published password: choose your own.</source>
      <translation>这是演示单位公开的密码，请另设您自己的密码。</translation>
    </message>
    <message>
      <source>This password is among the most common ones, which are tried first when guessing: choose another.</source>
      <translation>该密码属于最常见的密码，猜测密码时会被最先尝试，请换一个。</translation>
    </message>
  </context>
  <context>
    <name>people</name>
    <message>
      <source>No such person.</source>
      <translation>该人员不存在。</translation>
    </message>
    <message>
      <source>This person is outside your unit.</source>
      <translation>该人员不在您所在单位的范围内。</translation>
    </message>
    <message>
      <source>Staff number is required.</source>
      <translation>请填写工号。</translation>
    </message>
    <message>
      <source>Use letters, digits and hyphens (at most 20).</source>
      <translation>只能使用字母、数字和连字符（最多 20 个字符）。</translation>
    </message>
    <message>
      <source>Name is required.</source>
      <translation>请填写姓名。</translation>
    </message>
    <message>
      <source>Name is too long (at most 40 characters).</source>
      <translation>姓名过长（最多 40 个字符）。</translation>
    </message>
    <message>
      <source>Position is too long (at most 40 characters).</source>
      <translation>职务过长（最多 40 个字）。</translation>
    </message>
    <message>
      <source>Choose a category.</source>
      <translation>请选择人员类别。</translation>
    </message>
    <message>
      <source>Birth date is in the future.</source>
      <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
      <source>Age must be between 16 and 75 years.</source>
      <translation>年龄须在 16 至 75 周岁之间。</translation>
    </message>
    <message>
      <source>Hire date is in the future.</source>
      <translation>入职日期不能晚于今天。</translation>
    </message>
    <message>
      <source>Hire date must be at least 16 years after birth.</source>
      <translation>入职时须年满 16 周岁。</translation>
    </message>
    <message>
      <source>Phone number may hold digits, +, - and spaces.</source>
      <translation>联系电话只能包含数字、+、- 和空格。</translation>
    </message>
    <message>
      <source>Staff number {no} already belongs to {name}.</source>
      <translation>工号 {no} 已属于 {name}。</translation>
    </message>
    <message>
      <source>Choose a unit.</source>
      <translation>请选择单位。</translation>
    </message>
    <message>
      <source>No such unit.</source>
      <translation>该单位不存在。</translation>
    </message>
    <message>
      <source>This unit is no longer active.</source>
      <translation>该单位已停用。</translation>
    </message>
    <message>
      <source>Staff number {no} was just taken on another desk.</source>
      <translation>工号 {no} 刚刚已被其他终端占用。</translation>
    </message>
    <message>
      <source>Choose an active unit to transfer to.</source>
      <translation>请选择要调入的有效单位。</translation>
    </message>
    <message>
      <source>The person is already in this unit.</source>
      <translation>该人员已在此单位。</translation>
    </message>
    <message>
      <source>Only an active person can be transferred.</source>
      <translation>只有在岗人员才能调动。</translation>
    </message>
    <message>
      <source>The transfer date is in the future.</source>
      <translation>调动日期不能晚于今天。</translation>
    </message>
    <message>
      <source>The date is before the hire date.</source>
      <translation>日期不能早于入职日期。</translation>
    </message>
    <message>
      <source>The date is before the last transfer ({date}).</source>
      <translation>日期早于上一次调动（{date}）。</translation>
    </message>
    <message>
      <source>Choose 'left' or 'transferred out'.</source>
      <translation>请选择“离职”或“调出”。</translation>
    </message>
    <message>
      <source>This person is already inactive.</source>
      <translation>该人员已不在岗。</translation>
    </message>
    <message>
      <source>Give the reason.</source>
      <translation>请填写原因。</translation>
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation>日期不能晚于今天。</translation>
    </message>
    <message>
      <source>This person is already active.</source>
      <translation>该人员已在岗。</translation>
    </message>
    <message>
      <source>More than one person is named {name}; give the staff number.</source>
      <translation>有不止一名人员叫 {name}，请输入工号。</translation>
    </message>
    <message>
      <source>Nobody is named {name}.</source>
      <translation>没有名为 {name} 的人员。</translation>
    </message>
    <message>
      <source>No person has staff number {staff_no}.</source>
      <translation>没有工号为 {staff_no} 的人员。</translation>
    </message>
  </context>
  <context>
    <name>periods</name>
    <message>
      <source>A quarter is 1, 2, 3 or 4.</source>
      <translation>季度只能是 1、2、3 或 4。</translation>
    </message>
  </context>
  <context>
    <name>permissions</name>
    <message>
      <source>Please sign in first.</source>
      <translation>请先登录。</translation>
    </message>
    <message>
      <source>This account has been disabled. Please sign in again.</source>
      <translation>该账号已被停用，请重新登录。</translation>
    </message>
    <message>
      <source>Only the system administrator may do this.</source>
      <translation>只有系统管理员可以进行此操作。</translation>
    </message>
    <message>
      <source>Only the security administrator may do this.</source>
      <translation>只有安全管理员可以进行此操作。</translation>
    </message>
    <message>
      <source>Only the audit administrator may read or export the audit log.</source>
      <translation>只有审计管理员可以查看或导出审计日志。</translation>
    </message>
    <message>
      <source>Only the security administrator gives accounts a role: add the account as a viewer and ask them to set its role.</source>
      <translation>账号角色只能由安全管理员分配：请先以“局领导（只读）”角色添加账号，再请安全管理员设置角色。</translation>
    </message>
    <message>
      <source>Units are added and renamed by the system administrator and the supervision chief.</source>
      <translation>单位只能由系统管理员或督察队长添加和更名。</translation>
    </message>
    <message>
      <source>Only an administrator may do this.</source>
      <translation>仅管理员可执行此操作。</translation>
    </message>
    <message>
      <source>Your role (viewer) may read but not change records.</source>
      <translation>您的角色为只读，只能查看记录，不能修改。</translation>
    </message>
    <message>
      <source>People are maintained by administrators and by squad leaders for their squad.</source>
      <translation>人员信息由管理员维护，中队长可维护本中队人员。</translation>
    </message>
    <message>
      <source>A squad leader may only act on their own unit.</source>
      <translation>中队长只能操作本单位的数据。</translation>
    </message>
  </context>
  <context>
    <name>print_preview</name>
    <message>
      <source>Preparing the print preview…</source>
      <translation>正在准备打印预览…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>The print preview could not be prepared: {error}</source>
      <translation>无法准备打印预览：{error}</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <source>FangSong</source>
      <translation>仿宋</translation>
    </message>
    <message>
      <source>XiaoBiaoSong</source>
      <translation>小标宋</translation>
    </message>
    <message>
      <source>HeiTi</source>
      <translation>黑体</translation>
    </message>
    <message>
      <source>KaiTi</source>
      <translation>楷体</translation>
    </message>
    <message>
      <source>SongTi</source>
      <translation>宋体</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>January</source>
      <translation>1月</translation>
    </message>
    <message>
      <source>February</source>
      <translation>2月</translation>
    </message>
    <message>
      <source>March</source>
      <translation>3月</translation>
    </message>
    <message>
      <source>April</source>
      <translation>4月</translation>
    </message>
    <message>
      <source>May</source>
      <translation>5月</translation>
    </message>
    <message>
      <source>June</source>
      <translation>6月</translation>
    </message>
    <message>
      <source>July</source>
      <translation>7月</translation>
    </message>
    <message>
      <source>August</source>
      <translation>8月</translation>
    </message>
    <message>
      <source>September</source>
      <translation>9月</translation>
    </message>
    <message>
      <source>October</source>
      <translation>10月</translation>
    </message>
    <message>
      <source>November</source>
      <translation>11月</translation>
    </message>
    <message>
      <source>December</source>
      <translation>12月</translation>
    </message>
    <message>
      <source>{day} {month_name} {year}</source>
      <translation>{year}年{month_name}{day}日</translation>
    </message>
    <message>
      <source>{issuer}   {date}</source>
      <translation>{issuer}   {date}</translation>
    </message>
  </context>
  <context>
    <name>rule_import</name>
    <message>
      <source>Rule catalogue</source>
      <translation>考核细则</translation>
    </message>
    <message>
      <source>Unknown category “{value}”: use one of {names}.</source>
      <translation>未知类别“{value}”：请使用以下类别之一：{names}。</translation>
    </message>
    <message>
      <source>“{value}” is not yes or no (是/否, yes/no, 1/0).</source>
      <translation>“{value}”不是“是”或“否”（可填 是/否、yes/no、1/0）。</translation>
    </message>
    <message>
      <source>The code {code} is already on row {row}.</source>
      <translation>编号 {code} 已在第 {row} 行出现。</translation>
    </message>
    <message>
      <source>No such rule set.</source>
      <translation>该细则版本不存在。</translation>
    </message>
    <message>
      <source>The code {code} appears more than once.</source>
      <translation>编号 {code} 重复出现。</translation>
    </message>
    <message>
      <source>Another desk changed this rule set meanwhile; try again.</source>
      <translation>其他终端同时修改了该细则版本，请重试。</translation>
    </message>
    <message>
      <source>The file holds no rules.</source>
      <translation>文件中没有细则。</translation>
    </message>
  </context>
  <context>
    <name>rules</name>
    <message>
      <source>No such rule set.</source>
      <translation>该细则版本不存在。</translation>
    </message>
    <message>
      <source>No such rule.</source>
      <translation>该细则不存在。</translation>
    </message>
    <message>
      <source>Not a number: {value}</source>
      <translation>不是数字：{value}</translation>
    </message>
    <message>
      <source>The number is too large: {value}</source>
      <translation>数字过大：{value}</translation>
    </message>
    <message>
      <source>Points must be a number, e.g. 2 or -0.5.</source>
      <translation>分值必须是数字，例如 2 或 -0.5。</translation>
    </message>
    <message>
      <source>Points are required (negative for a deduction).</source>
      <translation>请填写分值（扣分填负数）。</translation>
    </message>
    <message>
      <source>Points must not be zero: positive for an award, negative for a deduction.</source>
      <translation>分值不能为零：加分填正数，扣分填负数。</translation>
    </message>
    <message>
      <source>Points must be between -1000 and 1000.</source>
      <translation>分值须在 -1000 至 1000 之间。</translation>
    </message>
    <message>
      <source>Points may have at most two decimal places.</source>
      <translation>分值最多保留两位小数。</translation>
    </message>
    <message>
      <source>The monthly cap must be a number, or left blank for no cap.</source>
      <translation>月封顶必须是数字；不封顶请留空。</translation>
    </message>
    <message>
      <source>The monthly cap must be greater than zero (blank: no cap).</source>
      <translation>月封顶必须大于零（留空表示不封顶）。</translation>
    </message>
    <message>
      <source>The monthly cap must be at most 1000.</source>
      <translation>月封顶不能超过 1000。</translation>
    </message>
    <message>
      <source>The monthly cap may have at most two decimal places.</source>
      <translation>月封顶最多保留两位小数。</translation>
    </message>
    <message>
      <source>Code is required.</source>
      <translation>请填写编号。</translation>
    </message>
    <message>
      <source>Use letters, digits and hyphens (at most 20).</source>
      <translation>只能使用字母、数字和连字符（最多 20 个字符）。</translation>
    </message>
    <message>
      <source>Choose a category.</source>
      <translation>请选择类别。</translation>
    </message>
    <message>
      <source>The rule text is required.</source>
      <translation>请填写细则内容。</translation>
    </message>
    <message>
      <source>The rule text is too long (at most 500 characters).</source>
      <translation>细则内容过长（最多 500 个字）。</translation>
    </message>
    <message>
      <source>The unit of count is required (e.g. 次, 件).</source>
      <translation>请填写计量单位（如 次、件）。</translation>
    </message>
    <message>
      <source>The unit of count is too long (at most 20 characters).</source>
      <translation>计量单位过长（最多 20 个字）。</translation>
    </message>
    <message>
      <source>This rule set already has a rule {code}.</source>
      <translation>该细则版本中已有编号为 {code} 的细则。</translation>
    </message>
    <message>
      <source>Rule {code} already has entries: its monthly cap, category and serious-violation flag cannot change, or past months would change with them. Deactivate it and add a new rule, or start a new rule set.</source>
      <translation>细则 {code} 已有积分记录：其月封顶、类别和严重违纪标记不能再改，否则以往月份的结果会随之改变。请停用该细则并新增一条，或启用新的细则版本。</translation>
    </message>
    <message>
      <source>The base score must be a number, e.g. 100.</source>
      <translation>基础分必须是数字，例如 100。</translation>
    </message>
    <message>
      <source>The base score is required.</source>
      <translation>请填写基础分。</translation>
    </message>
    <message>
      <source>The base score must be greater than 0 and at most 1000.</source>
      <translation>基础分须大于 0 且不超过 1000。</translation>
    </message>
    <message>
      <source>The base score may have at most two decimal places.</source>
      <translation>基础分最多保留两位小数。</translation>
    </message>
    <message>
      <source>from {start}</source>
      <translation>自 {start} 起</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>{start} 至 {end}</translation>
    </message>
    <message>
      <source>The name is required.</source>
      <translation>请填写名称。</translation>
    </message>
    <message>
      <source>The name is too long (at most 80 characters).</source>
      <translation>名称过长（最多 80 个字）。</translation>
    </message>
    <message>
      <source>The start date is required.</source>
      <translation>请填写生效日期。</translation>
    </message>
    <message>
      <source>The end date must not be before the start date.</source>
      <translation>截止日期不能早于生效日期。</translation>
    </message>
    <message>
      <source>The dates overlap the rule set {name} ({span}).</source>
      <translation>日期与细则版本“{name}”（{span}）重叠。</translation>
    </message>
    <message>
      <source>No such rule set to copy from.</source>
      <translation>要复制的细则版本不存在。</translation>
    </message>
  </context>
  <context>
    <name>scorecard</name>
    <message>
      <source>Annual points scorecard {year}</source>
      <translation>{year}年度个人积分考核卡</translation>
    </message>
    <message>
      <source>Monthly results</source>
      <translation>一、月度考核结果</translation>
    </message>
    <message>
      <source>Entries</source>
      <translation>二、积分记录</translation>
    </message>
    <message>
      <source>{name} ({staff_no}): {title}</source>
      <translation>{name}（{staff_no}）{title}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>人员类别</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Left on</source>
      <translation>离岗日期</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Base</source>
      <translation>基础分</translation>
    </message>
    <message>
      <source>Awards</source>
      <translation>加分</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>全局名次</translation>
    </message>
    <message>
      <source>Unit rank</source>
      <translation>单位名次</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>之星</translation>
    </message>
    <message>
      <source>{rank} of {ranked}</source>
      <translation>{rank}/{ranked}</translation>
    </message>
    <message>
      <source>No month of {year} ranked this person.</source>
      <translation>{year}年该人员无月度排名。</translation>
    </message>
    <message>
      <source>* Not finalised: the month's figures are provisional and may still change.</source>
      <translation>* 未定稿：该月数据为暂定结果，最终以定稿为准。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>{grade} {count}</source>
      <translation>{grade}{count}次</translation>
    </message>
    <message>
      <source>Ranked in {months} months; average monthly total {average}; best rank {rank} ({month_name}). Grades: {grades}.</source>
      <translation>本年度共参加排名{months}个月，月均总分{average}分，最好名次为第{rank}名（{month_name}）。等次情况：{grades}。</translation>
    </message>
    <message>
      <source>Stars: {stars}.</source>
      <translation>获评之星：{stars}。</translation>
    </message>
    <message>
      <source>{star} ×{count}</source>
      <translation>{star}{count}次</translation>
    </message>
    <message>
      <source>No entries in {year}.</source>
      <translation>{year}年无积分记录。</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>细则编号</translation>
    </message>
    <message>
      <source>Rule text</source>
      <translation>细则内容</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>录入人</translation>
    </message>
    <message>
      <source>{month_name} {year}: {count} entries</source>
      <translation>{year}年{month_name}（共{count}条）</translation>
    </message>
    <message>
      <source>Only approved entries count, within each rule's monthly cap; entries awaiting approval, rejected or void are listed in grey for the record.</source>
      <translation>仅审核通过的记录计分，且不超过各细则的月度封顶；待审核、未通过及已作废的记录以灰色列出，仅供备查。</translation>
    </message>
  </context>
  <context>
    <name>scoring</name>
    <message>
      <source>Choose quotas or thresholds.</source>
      <translation>请选择按比例或按分数线评定。</translation>
    </message>
    <message>
      <source>Shares are between 0% and 100%.</source>
      <translation>比例须在 0% 至 100% 之间。</translation>
    </message>
    <message>
      <source>Excellent and good together exceed 100%.</source>
      <translation>优秀与良好的比例之和超过 100%。</translation>
    </message>
    <message>
      <source>Thresholds must fall: excellent ≥ good ≥ basic-pass line ≥ fail line.</source>
      <translation>分数线须逐级递减：优秀线 ≥ 良好线 ≥ 基本合格线 ≥ 不合格线。</translation>
    </message>
    <message>
      <source>Stars are per bureau or per unit.</source>
      <translation>之星须按全局或按单位评选。</translation>
    </message>
  </context>
  <context>
    <name>seal</name>
    <message>
      <source>the saved results</source>
      <translation>已保存的考核结果</translation>
    </message>
    <message>
      <source>the month's entries</source>
      <translation>当月积分记录</translation>
    </message>
    <message>
      <source>the month's lock</source>
      <translation>当月锁定记录</translation>
    </message>
    <message>
      <source>no seal was recorded when it was finalised</source>
      <translation>定稿时没有留下封存记录</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>{month} was finalised, but its data no longer match its seal ({what}): they were changed outside Ducha. Its results are not final; an administrator should investigate, then reopen and finalise it again.</source>
      <translation>{month} 已定稿，但数据与定稿时的封存不符（{what}）：有人在本系统之外改动了数据。该月结果不能作为定稿结果；请管理员核查后重新打开该月并再次定稿。</translation>
    </message>
  </context>
  <context>
    <name>setup</name>
    <message>
      <source>Unknown language {lang}: choose one of {choices}.</source>
      <translation>不支持的语言 {lang}，请从 {choices} 中选择。</translation>
    </message>
    <message>
      <source>This database already has accounts; please sign in.</source>
      <translation>该数据库已有账号，请登录。</translation>
    </message>
  </context>
  <context>
    <name>star_levels</name>
    <message>
      <source>{year} has not begun: there is nothing to review.</source>
      <translation>{year} 年尚未开始，无可评定。</translation>
    </message>
    <message>
      <source>a later review is already in force (from {year})</source>
      <translation>之后年度的评定结果已生效（自 {year} 年起）</translation>
    </message>
    <message>
      <source>starting level: hire date unknown, counted as 0 years</source>
      <translation>初始星级：入职日期不详，按 0 年工龄计</translation>
    </message>
    <message>
      <source>starting level from {n} full years of service</source>
      <translation>初始星级：按满 {n} 年工龄确定</translation>
    </message>
    <message>
      <source>Choose the people to confirm.</source>
      <translation>请选择要确认的人员。</translation>
    </message>
    <message>
      <source>The review of {year} is confirmed once the year is over, from 1 January {next}.</source>
      <translation>{year} 年度星级评定须在年度结束后确认，即 {next} 年 1 月 1 日起。</translation>
    </message>
    <message>
      <source>Finalise these months first: {months}.</source>
      <translation>请先将以下月份定稿：{months}。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>This person is not in the review of {year}.</source>
      <translation>此人不在 {year} 年度星级评定名单中。</translation>
    </message>
    <message>
      <source>{who} confirmed the review of {year} for {name} at {when}. Nothing was saved: refresh to see it.</source>
      <translation>{who} 已于 {when} 确认 {name} 的 {year} 年度星级评定。本次未作任何保存，请刷新后查看。</translation>
    </message>
    <message>
      <source>someone</source>
      <translation>他人</translation>
    </message>
    <message>
      <source>The review of {name} has changed since it was shown: now {level} to {proposed} stars. Nothing was saved: refresh and check it again.</source>
      <translation>{name} 的评定结果在显示后已有变化：现为 {level} 星调整为 {proposed} 星。本次未作任何保存，请刷新后重新核对。</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>{n} fail month(s): down one star</source>
      <translation>{n} 个月不合格，降一星</translation>
    </message>
    <message>
      <source>{n} founded complaint(s): down one star</source>
      <translation>{n} 件投诉属实，降一星</translation>
    </message>
    <message>
      <source>{n} excellent months (at least {needed}) and no fail: up one star</source>
      <translation>{n} 个月优秀（不少于 {needed} 个月）且无不合格，升一星</translation>
    </message>
    <message>
      <source>{n} excellent months (fewer than {needed}), no fail: level kept</source>
      <translation>{n} 个月优秀（不足 {needed} 个月），无不合格，星级不变</translation>
    </message>
    <message>
      <source>already at the highest level, 5 stars</source>
      <translation>已是最高五星</translation>
    </message>
    <message>
      <source>already at the lowest level, 1 star</source>
      <translation>已是最低一星</translation>
    </message>
    <message>
      <source>5 stars need the year's training requirement met; it was not</source>
      <translation>五星须完成当年培训学时要求，未完成</translation>
    </message>
    <message>
      <source>{amount} yuan/month</source>
      <translation>{amount} 元/月</translation>
    </message>
    <message>
      <source>The first service band starts at 0 years.</source>
      <translation>第一档工龄须从 0 年起。</translation>
    </message>
    <message>
      <source>Each band starts at a different year, 0 to 60.</source>
      <translation>各档起始工龄不得相同，取值 0 至 60 年。</translation>
    </message>
    <message>
      <source>A starting level is 1 to 5 stars.</source>
      <translation>初始星级为一至五星。</translation>
    </message>
    <message>
      <source>Longer service never starts at a lower level than shorter service.</source>
      <translation>工龄长者的初始星级不得低于工龄短者。</translation>
    </message>
    <message>
      <source>Excellent months needed: 1 to 12.</source>
      <translation>所需优秀月数为 1 至 12 个月。</translation>
    </message>
    <message>
      <source>Choose an amount or a coefficient.</source>
      <translation>请选择按金额或按系数。</translation>
    </message>
    <message>
      <source>Every level has a pay tier of 0 or more.</source>
      <translation>每一星级的待遇档次须不小于 0。</translation>
    </message>
    <message>
      <source>A higher level never pays less than a lower one.</source>
      <translation>星级高者待遇不得低于星级低者。</translation>
    </message>
    <message>
      <source>The star-level settings were changed on another desktop since you opened them. Nothing was saved: reload to see them, then try again.</source>
      <translation>辅助人员星级设置在您打开后已被其他电脑修改，本次未保存。请重新打开查看后再试。</translation>
    </message>
    <message>
      <source>{bureau}: review of the star levels of auxiliary staff, {year}</source>
      <translation>{bureau}关于{year}年度辅助执法人员星级评定情况的通报</translation>
    </message>
    <message>
      <source>up {n}</source>
      <translation>升 {n} 星</translation>
    </message>
    <message>
      <source>down {n}</source>
      <translation>降 {n} 星</translation>
    </message>
    <message>
      <source>kept</source>
      <translation>保持</translation>
    </message>
    <message>
      <source>none owed</source>
      <translation>无要求</translation>
    </message>
    <message>
      <source>met</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>not met</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>Provisional</source>
      <translation>预评稿</translation>
    </message>
    <message>
      <source>Star levels {year}</source>
      <translation>{year}年度星级评定</translation>
    </message>
    <message>
      <source>(provisional)</source>
      <translation>（预评稿）</translation>
    </message>
    <message>
      <source>To all squads, town teams and departments:</source>
      <translation>各中队、乡镇执法队、各科室：</translation>
    </message>
    <message>
      <source>Under the bureau's star-level rules for auxiliary staff, the star levels for {next} were reviewed on the monthly grades, founded complaints and training of {year}, as follows.</source>
      <translation>根据我局执法辅助人员星级管理办法，依据{year}年度各月考核等次、投诉查实情况和培训完成情况，对{next}年度星级进行了评定，现将结果通报如下。</translation>
    </message>
    <message>
      <source>1. Overview</source>
      <translation>一、总体情况</translation>
    </message>
    <message>
      <source>2. The rule applied</source>
      <translation>二、评定规则</translation>
    </message>
    <message>
      <source>3. Changes of level</source>
      <translation>三、星级变动情况</translation>
    </message>
    <message>
      <source>4. Levels and pay tiers of all staff reviewed</source>
      <translation>四、参评人员星级及待遇档次</translation>
    </message>
    <message>
      <source>{n} auxiliary and assistant staff were reviewed: {up} go up one star, {down} go down one star and {kept} keep their level. {confirmed} of them are confirmed.</source>
      <translation>本年度共评定辅助执法和协管人员{n}人，其中升一星{up}人，降一星{down}人，星级保持不变{kept}人；已确认{confirmed}人。</translation>
    </message>
    <message>
      <source>Months not yet finalised: {months}. Their grades may still change.</source>
      <translation>以下月份尚未定稿：{months}，其考核等次仍可能变化。</translation>
    </message>
    <message>
      <source>from {years} years: {level} stars</source>
      <translation>满{years}年为{level}星</translation>
    </message>
    <message>
      <source>Up one star with at least {n} excellent months and no fail month; down one star on any fail month or a founded complaint; levels stay within 1 to 5 stars, and 5 stars also need the year's training requirement met.</source>
      <translation>全年考核优秀不少于{n}个月且无不合格月份的，升一星；有不合格月份或投诉经查属实的，降一星；星级在一星至五星之间，评为五星还须完成当年培训学时要求。</translation>
    </message>
    <message>
      <source>Staff without a level start from their years of service: {bands}.</source>
      <translation>尚无星级的人员按工龄确定初始星级：{bands}。</translation>
    </message>
    <message>
      <source>No level changes this year.</source>
      <translation>本年度无星级变动。</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>现星级</translation>
    </message>
    <message>
      <source>New level</source>
      <translation>拟定星级</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Excellent</source>
      <translation>优秀</translation>
    </message>
    <message>
      <source>Fail</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>属实投诉</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>Pay tier</source>
      <translation>待遇档次</translation>
    </message>
    <message>
      <source>Years of service</source>
      <translation>工龄（年）</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>变动</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>已确认</translation>
    </message>
  </context>
  <context>
    <name>tables</name>
    <message>
      <source>Export to Excel</source>
      <translation>导出为 Excel</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>The table could not be written:
{error}</source>
      <translation>表格未能保存：
{error}</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
    <message>
      <source>{n} rows were written to
{path}</source>
      <translation>已将 {n} 行写入
{path}</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>导出完成</translation>
    </message>
    <message>
      <source>Open file</source>
      <translation>打开文件</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>打开所在文件夹</translation>
    </message>
  </context>
  <context>
    <name>tamper</name>
    <message>
      <source>Attendance record</source>
      <translation>参训记录</translation>
    </message>
    <message>
      <source>Case-file review</source>
      <translation>案卷评查</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证件</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Exam</source>
      <translation>考试</translation>
    </message>
    <message>
      <source>Exam result</source>
      <translation>考试成绩</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Inspection</source>
      <translation>督察检查</translation>
    </message>
    <message>
      <source>Integrity talk</source>
      <translation>廉政谈话</translation>
    </message>
    <message>
      <source>Major-matter report</source>
      <translation>重大事项报告</translation>
    </message>
    <message>
      <source>Finalised monthly result</source>
      <translation>月度考核定稿结果</translation>
    </message>
    <message>
      <source>Month lock</source>
      <translation>月度锁定</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>人员</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>调动记录</translation>
    </message>
    <message>
      <source>Integrity pledge</source>
      <translation>廉洁自律承诺书</translation>
    </message>
    <message>
      <source>Point entry</source>
      <translation>积分记录</translation>
    </message>
    <message>
      <source>Monthly points sum</source>
      <translation>月度积分汇总</translation>
    </message>
    <message>
      <source>Risk point</source>
      <translation>廉政风险点</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>考核细则</translation>
    </message>
    <message>
      <source>Rule catalogue</source>
      <translation>考核细则版本</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Training session</source>
      <translation>培训</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>账号</translation>
    </message>
    <message>
      <source>Early warning</source>
      <translation>预警</translation>
    </message>
    <message>
      <source>Action taken</source>
      <translation>处置措施</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Assigned on</source>
      <translation>交办日期</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>培训对象</translation>
    </message>
    <message>
      <source>Awards</source>
      <translation>加分</translation>
    </message>
    <message>
      <source>Base score</source>
      <translation>基础分</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Case no.</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>来源渠道</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Counted in</source>
      <translation>计量单位</translation>
    </message>
    <message>
      <source>Created at</source>
      <translation>创建时间</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <source>Decided at</source>
      <translation>审核时间</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>审核人</translation>
    </message>
    <message>
      <source>Deductions</source>
      <translation>扣分</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <source>In force from</source>
      <translation>生效日期</translation>
    </message>
    <message>
      <source>In force until</source>
      <translation>失效日期</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>凭证</translation>
    </message>
    <message>
      <source>Exam date</source>
      <translation>考试日期</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>Raised at</source>
      <translation>预警时间</translation>
    </message>
    <message>
      <source>Found on</source>
      <translation>发现日期</translation>
    </message>
    <message>
      <source>From unit</source>
      <translation>调出单位</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <source>Handled at</source>
      <translation>处置时间</translation>
    </message>
    <message>
      <source>Handled by</source>
      <translation>处置人</translation>
    </message>
    <message>
      <source>Case handlers</source>
      <translation>承办人</translation>
    </message>
    <message>
      <source>Hired on</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>Inspection date</source>
      <translation>检查日期</translation>
    </message>
    <message>
      <source>Inspectors</source>
      <translation>检查人员</translation>
    </message>
    <message>
      <source>Issued on</source>
      <translation>发证日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>最近登录</translation>
    </message>
    <message>
      <source>Left on</source>
      <translation>离岗日期</translation>
    </message>
    <message>
      <source>Legal qualification</source>
      <translation>法律职业资格</translation>
    </message>
    <message>
      <source>Risk level</source>
      <translation>风险等级</translation>
    </message>
    <message>
      <source>Finalised</source>
      <translation>已定稿</translation>
    </message>
    <message>
      <source>Finalised at</source>
      <translation>定稿时间</translation>
    </message>
    <message>
      <source>Finalised by</source>
      <translation>定稿人</translation>
    </message>
    <message>
      <source>Matter</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>防控措施</translation>
    </message>
    <message>
      <source>Monthly cap</source>
      <translation>月度上限</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Needs approval</source>
      <translation>需审核</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>情况记录</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>证号</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织单位</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Parent unit</source>
      <translation>上级单位</translation>
    </message>
    <message>
      <source>Pass mark</source>
      <translation>及格分</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <source>People inspected</source>
      <translation>被检查人员</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>存在问题</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <source>Recorded at</source>
      <translation>录入时间</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>录入人</translation>
    </message>
    <message>
      <source>Rectification</source>
      <translation>整改情况</translation>
    </message>
    <message>
      <source>Rectified on</source>
      <translation>整改日期</translation>
    </message>
    <message>
      <source>Reason for reopening</source>
      <translation>重新开放理由</translation>
    </message>
    <message>
      <source>Reopened at</source>
      <translation>重新开放时间</translation>
    </message>
    <message>
      <source>Reopened by</source>
      <translation>重新开放人</translation>
    </message>
    <message>
      <source>Report date</source>
      <translation>报告日期</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>评查日期</translation>
    </message>
    <message>
      <source>Review note</source>
      <translation>复核意见</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>评查人</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>Edit count</source>
      <translation>修改次数</translation>
    </message>
    <message>
      <source>Warning rule</source>
      <translation>预警规则</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>分数</translation>
    </message>
    <message>
      <source>Serious</source>
      <translation>严重情形</translation>
    </message>
    <message>
      <source>Session date</source>
      <translation>培训日期</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>简称</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>签订日期</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>排序</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <source>Source reference</source>
      <translation>来源批次</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Stars</source>
      <translation>之星</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Substance</source>
      <translation>反映内容</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Talk date</source>
      <translation>谈话日期</translation>
    </message>
    <message>
      <source>Talk held by</source>
      <translation>谈话人</translation>
    </message>
    <message>
      <source>Rule text</source>
      <translation>细则内容</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>To unit</source>
      <translation>调入单位</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>问题类别</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>检查内容</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <source>Transfer date</source>
      <translation>调动日期</translation>
    </message>
    <message>
      <source>Rank in unit</source>
      <translation>单位内排名</translation>
    </message>
    <message>
      <source>Units inspected</source>
      <translation>被检查单位</translation>
    </message>
    <message>
      <source>Changed at</source>
      <translation>修改时间</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>取值</translation>
    </message>
    <message>
      <source>Checked by</source>
      <translation>复核人</translation>
    </message>
    <message>
      <source>Checked on</source>
      <translation>复核日期</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Reason for voiding</source>
      <translation>作废理由</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Linked person</source>
      <translation>关联人员</translation>
    </message>
    <message>
      <source>Inspection notes</source>
      <translation>检查记录</translation>
    </message>
    <message>
      <source>Talk notes</source>
      <translation>谈话记录</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>The points of person #{person} under rule #{rule} in {month}</source>
      <translation>{month} 人员 #{person} 细则 #{rule} 积分汇总</translation>
    </message>
    <message>
      <source>{table} #{key}</source>
      <translation>{table} #{key}</translation>
    </message>
    <message>
      <source>{record} was added outside the application (the audit log has no record of it).</source>
      <translation>{record} 是在程序外新增的（审计日志中没有它的记载）。</translation>
    </message>
    <message>
      <source>{record} was deleted outside the application.</source>
      <translation>{record} 在程序外被删除。</translation>
    </message>
    <message>
      <source>{record} was changed outside the application.</source>
      <translation>{record} 在程序外被改动。</translation>
    </message>
    <message>
      <source>{record}: {field} was replaced outside the application.</source>
      <translation>{record} 的 {field} 在程序外被替换。</translation>
    </message>
    <message>
      <source>{record}: {field} was changed outside the application: recorded as {expected}, now {found}.</source>
      <translation>{record} 的 {field} 在程序外被改动：记录为 {expected}，现为 {found}。</translation>
    </message>
    <message>
      <source>The audit log holds nothing about the {n} records in the database: it was emptied or replaced outside the application.</source>
      <translation>数据库中有 {n} 条记录，审计日志中却没有任何相应记载：审计日志已在程序外被清空或替换。</translation>
    </message>
    <message>
      <source>{n} differences from the audit log: records were changed outside the application.</source>
      <translation>发现 {n} 处与审计日志不一致：有记录在程序外被改动。</translation>
    </message>
    <message>
      <source>{table}: {n}</source>
      <translation>{table} {n} 条</translation>
    </message>
    <message>
      <source>Records with no trace in the audit log: {counts}.</source>
      <translation>审计日志中无记载的记录：{counts}。</translation>
    </message>
    <message>
      <source>… and {n} more.</source>
      <translation>……另有 {n} 处。</translation>
    </message>
    <message>
      <source>{n} records ({table}) were loaded in bulk by an earlier version of Ducha, which kept no copy of them in the audit log: they cannot be checked.</source>
      <translation>有 {n} 条记录（{table}）由旧版本批量导入，当时审计日志未保存其副本，无法核对。</translation>
    </message>
    <message>
      <source>The audit log itself was altered: {n} of its rows fail their hash check, the first at row {first}.</source>
      <translation>审计日志本身已被篡改：有 {n} 条日志未通过哈希校验，第一条为第 {first} 条。</translation>
    </message>
  </context>
  <context>
    <name>text_guard</name>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>简称</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>检查内容</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>问题描述</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编号</translation>
    </message>
    <message>
      <source>Count unit</source>
      <translation>计量单位</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>Display name</source>
      <translation>显示名称</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>佐证材料</translation>
    </message>
    <message>
      <source>Rectification</source>
      <translation>整改情况</translation>
    </message>
    <message>
      <source>Review note</source>
      <translation>复核意见</translation>
    </message>
    <message>
      <source>Reason for voiding</source>
      <translation>作废理由</translation>
    </message>
    <message>
      <source>Reason for reopening</source>
      <translation>重新开放理由</translation>
    </message>
    <message>
      <source>Substance of the complaint</source>
      <translation>投诉内容</translation>
    </message>
    <message>
      <source>Case number</source>
      <translation>案号</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>评查人</translation>
    </message>
    <message>
      <source>Problems found</source>
      <translation>存在问题</translation>
    </message>
    <message>
      <source>Measures</source>
      <translation>防控措施</translation>
    </message>
    <message>
      <source>Person responsible</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Talk given by</source>
      <translation>谈话人</translation>
    </message>
    <message>
      <source>Matter</source>
      <translation>事项</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>预警摘要</translation>
    </message>
    <message>
      <source>Action taken</source>
      <translation>采取的措施</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>组织部门</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>Certificate no.</source>
      <translation>证号</translation>
    </message>
    <message>
      <source>Inspectors</source>
      <translation>检查人员</translation>
    </message>
    <message>
      <source>Unit name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <source>Rule set name</source>
      <translation>细则名称</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Risk described</source>
      <translation>风险点描述</translation>
    </message>
    <message>
      <source>A text</source>
      <translation>所填内容</translation>
    </message>
    <message>
      <source>{field} contains an invisible control character (shown here as □): “{text}”. It usually comes with text copied from another program; delete it and save again.</source>
      <translation>{field}中含有不可见的控制字符（此处显示为□）：“{text}”。这类字符通常是从其他程序复制文字时带入的，请删除后重新保存。</translation>
    </message>
  </context>
  <context>
    <name>training</name>
    <message>
      <source>Only a person present is credited hours.</source>
      <translation>只有出席人员才认定学时。</translation>
    </message>
    <message>
      <source>Hours credited are between 0 and the session's {hours}.</source>
      <translation>认定学时应在 0 至该场培训学时 {hours} 之间。</translation>
    </message>
    <message>
      <source>Hours have at most one decimal.</source>
      <translation>学时最多一位小数。</translation>
    </message>
    <message>
      <source>No such training session.</source>
      <translation>培训不存在。</translation>
    </message>
    <message>
      <source>The session has not taken place yet: attendance comes after.</source>
      <translation>培训尚未举办，举办后才能登记签到。</translation>
    </message>
    <message>
      <source>Some of the chosen people do not exist.</source>
      <translation>所选人员中有人不存在。</translation>
    </message>
    <message>
      <source>A squad leader may only act on their own unit.</source>
      <translation>中队长只能处理本单位的记录。</translation>
    </message>
    <message>
      <source>{no} is marked twice.</source>
      <translation>{no} 被重复登记。</translation>
    </message>
    <message>
      <source>{no} was not on strength on {date}.</source>
      <translation>{no} 在 {date} 不在编。</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>有效</translation>
    </message>
    <message>
      <source>Expires soon</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>已过期</translation>
    </message>
    <message>
      <source>No expiry</source>
      <translation>长期有效</translation>
    </message>
    <message>
      <source>No such certificate.</source>
      <translation>证书不存在。</translation>
    </message>
    <message>
      <source>Choose the person.</source>
      <translation>请选择人员。</translation>
    </message>
    <message>
      <source>Choose the kind of certificate.</source>
      <translation>请选择证书类型。</translation>
    </message>
    <message>
      <source>Give the certificate number.</source>
      <translation>请填写证书编号。</translation>
    </message>
    <message>
      <source>At most {n} characters.</source>
      <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
      <source>It expires after it was issued.</source>
      <translation>有效期截止日须晚于发证日期。</translation>
    </message>
    <message>
      <source>training record corrected on {date}</source>
      <translation>培训记录于 {date} 更正</translation>
    </message>
    <message>
      <source>No such exam.</source>
      <translation>考试不存在。</translation>
    </message>
    <message>
      <source>Give the title.</source>
      <translation>请填写名称。</translation>
    </message>
    <message>
      <source>The title is at most 120 characters.</source>
      <translation>名称最多 120 个字符。</translation>
    </message>
    <message>
      <source>Give the date.</source>
      <translation>请填写日期。</translation>
    </message>
    <message>
      <source>The pass mark is between 0 and {max}.</source>
      <translation>及格分应在 0 至 {max} 之间。</translation>
    </message>
    <message>
      <source>The exam has not taken place yet.</source>
      <translation>考试尚未举行。</translation>
    </message>
    <message>
      <source>{no}: a score is between 0 and {max}, with one decimal.</source>
      <translation>{no}：成绩应在 0 至 {max} 之间，最多一位小数。</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>On pace</source>
      <translation>进度正常</translation>
    </message>
    <message>
      <source>Behind pace</source>
      <translation>进度滞后</translation>
    </message>
    <message>
      <source>No requirement</source>
      <translation>无学时要求</translation>
    </message>
    <message>
      <source>Line {n}: the hours are more than 0 and at most {max}.</source>
      <translation>第 {n} 项：学时应大于 0 且不超过 {max}。</translation>
    </message>
    <message>
      <source>Line {n}: {people} already have a requirement for {training}.</source>
      <translation>第 {n} 项：{people}已有{training}的学时要求。</translation>
    </message>
    <message>
      <source>The training requirements were changed on another desktop since you opened them. Nothing was saved: reload to see them, then try again.</source>
      <translation>您打开后，学时要求已在另一台电脑上被修改，本次未保存。请重新载入查看最新内容后再试。</translation>
    </message>
    <message>
      <source>Training sessions and exams are arranged by supervisors.</source>
      <translation>培训和考试由督察员安排。</translation>
    </message>
    <message>
      <source>Choose the category.</source>
      <translation>请选择类别。</translation>
    </message>
    <message>
      <source>The hours are a number above 0 and at most {max}, with one decimal.</source>
      <translation>学时应为大于 0、不超过 {max} 的数字，最多一位小数。</translation>
    </message>
    <message>
      <source>{n} people were credited more than {hours} hours: correct their attendance first.</source>
      <translation>有 {n} 人认定学时超过 {hours}，请先更正其签到记录。</translation>
    </message>
    <message>
      <source>Some of the chosen units do not exist.</source>
      <translation>所选单位中有单位不存在。</translation>
    </message>
    <message>
      <source>{credited} of the {expected} training hours expected by {date} ({required} required in {year}): {pct}% behind pace</source>
      <translation>截至 {date} 应达 {expected} 学时，实有 {credited} 学时（{year}年应修 {required} 学时），进度滞后 {pct}%</translation>
    </message>
    <message>
      <source>Training hours behind pace</source>
      <translation>培训学时进度滞后</translation>
    </message>
    <message>
      <source>Behind pace by more than (%)</source>
      <translation>进度滞后超过（%）</translation>
    </message>
    <message>
      <source>And short by at least (hours)</source>
      <translation>且至少差（学时）</translation>
    </message>
    <message>
      <source>Hours counted towards the yearly training requirement fall short of the pace (the requirement × the share of the year passed) by more than the given share.</source>
      <translation>计入年度学时要求的学时低于应达进度（年度要求 × 已过天数占全年比例）超过设定比例。</translation>
    </message>
  </context>
  <context>
    <name>training_report</name>
    <message>
      <source>{bureau}: training hours report, {year}</source>
      <translation>{bureau}{year}年度教育培训学时情况通报</translation>
    </message>
    <message>
      <source>Year to {date}</source>
      <translation>统计截至{date}</translation>
    </message>
    <message>
      <source>The training of {year} up to {date} is hereby reported as follows.</source>
      <translation>现将{year}年度教育培训学时情况（截至{date}）通报如下。</translation>
    </message>
    <message>
      <source>1. Overview</source>
      <translation>一、总体情况</translation>
    </message>
    <message>
      <source>2. Progress by unit</source>
      <translation>二、各单位完成情况</translation>
    </message>
    <message>
      <source>3. People behind pace</source>
      <translation>三、学时进度滞后人员</translation>
    </message>
    <message>
      <source>4. Hours by category</source>
      <translation>四、分类别培训学时</translation>
    </message>
    <message>
      <source>5. Exams and pass rates</source>
      <translation>五、考试及合格率</translation>
    </message>
    <message>
      <source>6. Certificates</source>
      <translation>六、证照情况</translation>
    </message>
    <message>
      <source>7. Hours of each person</source>
      <translation>七、个人学时明细</translation>
    </message>
    <message>
      <source>8. Projection to 31 December</source>
      <translation>八、年末学时预测</translation>
    </message>
    <message>
      <source>No yearly training requirement is set.</source>
      <translation>未设置年度学时要求。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>；</translation>
    </message>
    <message>
      <source>{people}: {hours} hours of {training}</source>
      <translation>{people}每人每年{training}不少于 {hours} 学时</translation>
    </message>
    <message>
      <source>Yearly requirements: {parts}.</source>
      <translation>年度学时要求：{parts}。</translation>
    </message>
    <message>
      <source>{sessions} training sessions were held, with {times} person-times trained and {hours} hours credited ({average} hours per person on strength).</source>
      <translation>全年共举办培训 {sessions} 场次，参训 {times} 人次，认定学时 {hours} 学时（在岗人员人均 {average} 学时）。</translation>
    </message>
    <message>
      <source>Of the {n} people with a requirement, {done} have completed it, {on} are on pace and {behind} are behind pace; {share} are on pace or done.</source>
      <translation>有学时要求的 {n} 人中，已完成 {done} 人，进度正常 {on} 人，进度滞后 {behind} 人；按进度完成或已完成的占 {share}。</translation>
    </message>
    <message>
      <source>{sat} exam papers were sat and {passed} passed, a pass rate of {rate}.</source>
      <translation>全年参考 {sat} 人次，合格 {passed} 人次，合格率 {rate}。</translation>
    </message>
    <message>
      <source>No exam was sat.</source>
      <translation>本年度尚无考试成绩。</translation>
    </message>
    <message>
      <source>{expiring} certificates expire within 90 days and {expired} have expired.</source>
      <translation>90 天内到期证照 {expiring} 本，已过期 {expired} 本。</translation>
    </message>
    <message>
      <source>Hours expected by a date are the requirement times the share of the year passed before it; a person is behind pace when short of them.</source>
      <translation>某日应达学时 = 年度要求学时 × 该日之前已过天数占全年的比例；低于应达学时即为进度滞后。</translation>
    </message>
    <message>
      <source>No one has a training requirement.</source>
      <translation>无人员有学时要求。</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>On pace</source>
      <translation>进度正常</translation>
    </message>
    <message>
      <source>Behind</source>
      <translation>滞后</translation>
    </message>
    <message>
      <source>Hours credited</source>
      <translation>已认定学时</translation>
    </message>
    <message>
      <source>Hours required</source>
      <translation>应修学时</translation>
    </message>
    <message>
      <source>Completion</source>
      <translation>完成率</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>No one is behind pace.</source>
      <translation>无学时进度滞后人员。</translation>
    </message>
    <message>
      <source>Staff no.</source>
      <translation>工号</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Credited</source>
      <translation>已认定</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>应达</translation>
    </message>
    <message>
      <source>Required</source>
      <translation>应修</translation>
    </message>
    <message>
      <source>Behind by</source>
      <translation>滞后比例</translation>
    </message>
    <message>
      <source>{n} people are behind pace, furthest behind first. Their units are asked to arrange make-up study before the end of the year.</source>
      <translation>学时进度滞后的共 {n} 人，按滞后程度排列。请所在单位督促其在年底前完成补学。</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>场次</translation>
    </message>
    <message>
      <source>Person-times</source>
      <translation>参训人次</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <source>No exam was held this year.</source>
      <translation>本年度未组织考试。</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Exam</source>
      <translation>考试</translation>
    </message>
    <message>
      <source>Pass mark</source>
      <translation>及格分</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>参考</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>Pass rate</source>
      <translation>合格率</translation>
    </message>
    <message>
      <source>Average</source>
      <translation>平均分</translation>
    </message>
    <message>
      <source>Legal reviewers</source>
      <translation>法制审核员</translation>
    </message>
    <message>
      <source>With legal qualification</source>
      <translation>具备法律职业资格</translation>
    </message>
    <message>
      <source>Officers</source>
      <translation>在编执法人员</translation>
    </message>
    <message>
      <source>With valid enforcement certificate</source>
      <translation>持有效执法证</translation>
    </message>
    <message>
      <source>Coverage by unit: the share of legal reviewers (法制审核员) holding the legal professional qualification, and of officers holding a valid enforcement certificate.</source>
      <translation>各单位法制审核员具备法律职业资格的比例，以及在编执法人员持有效执法证的比例如下。</translation>
    </message>
    <message>
      <source>No certificate expires within 90 days or has expired.</source>
      <translation>无 90 天内到期或已过期的证照。</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>证照</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>证号</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Certificates expiring within 90 days or expired ({n}), soonest first: their holders should apply for renewal.</source>
      <translation>90 天内到期或已过期的证照共 {n} 本（按到期日排列），持证人应及时申请换证。</translation>
    </message>
    <message>
      <source>And {n} more; the Training page lists them all.</source>
      <translation>另有 {n} 本，详见培训页面。</translation>
    </message>
    <message>
      <source>All hours</source>
      <translation>全部学时</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Credited: hours counted towards the requirement; all hours: every category attended.</source>
      <translation>已认定：计入年度学时要求的学时；全部学时：参加各类培训的学时合计。</translation>
    </message>
    <message>
      <source>{month}/{day} ({hours} h)</source>
      <translation>{month}月{day}日（{hours}学时）</translation>
    </message>
    <message>
      <source>No session left this year: arrange make-up training.</source>
      <translation>本年度已无可参加的培训，请安排补训。</translation>
    </message>
    <message>
      <source>All remaining ({hours} h) will not suffice: {dates}</source>
      <translation>参加全部剩余培训（{hours}学时）仍无法达标：{dates}</translation>
    </message>
    <message>
      <source>Projected hours = hours credited × days from 1 January (or the day of hire) to 31 December ÷ days passed up to the date of the report. Sessions already planned are not added; those listed are the year's remaining sessions open to the person, earliest first, until the hours still missing are reached.</source>
      <translation>年末推算学时 = 已认定学时 × 自1月1日（或入职日）至12月31日的天数 ÷ 截至本通报日已过天数。已安排的培训不计入推算；表中所列为本人可参加的本年度剩余培训，按日期先后依次选取，直至补足所差学时。</translation>
    </message>
    <message>
      <source>At the current pace, all {n} people with a requirement will reach it by 31 December.</source>
      <translation>按当前进度，有学时要求的{n}人至12月31日均可达到要求。</translation>
    </message>
    <message>
      <source>At the current pace, {miss} of the {n} people with a requirement will miss it on 31 December. {reach} of them can still reach it by attending the sessions listed; for {cannot}, even all remaining sessions will not suffice and their units are asked to arrange make-up training.</source>
      <translation>按当前进度，有学时要求的{n}人中，至12月31日将有{miss}人达不到要求。其中{reach}人参加下表所列培训后仍可达标；{cannot}人即使参加全部剩余培训也无法达标，请所在单位安排补训。</translation>
    </message>
    <message>
      <source>Projected</source>
      <translation>年末推算</translation>
    </message>
    <message>
      <source>Sessions to attend</source>
      <translation>须参加的培训</translation>
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <source>Unit name is required.</source>
      <translation>请填写单位名称。</translation>
    </message>
    <message>
      <source>Unit name is too long (at most 80 characters).</source>
      <translation>单位名称过长（最多 80 个字）。</translation>
    </message>
    <message>
      <source>A unit of this name already exists here.</source>
      <translation>该上级单位下已有同名单位。</translation>
    </message>
    <message>
      <source>The bureau is the root; add squads or teams.</source>
      <translation>局是最上层单位，请在其下新增中队或执法队。</translation>
    </message>
    <message>
      <source>Choose the unit this one belongs to.</source>
      <translation>请选择上级单位。</translation>
    </message>
    <message>
      <source>No such unit.</source>
      <translation>该单位不存在。</translation>
    </message>
  </context>
  <context>
    <name>warnings</name>
    <message>
      <source>{n} founded complaints received in the {days} days to {date}</source>
      <translation>截至 {date} 的 {days} 天内被投诉属实 {n} 次</translation>
    </message>
    <message>
      <source>{n} inspection findings in the {days} days to {date}</source>
      <translation>截至 {date} 的 {days} 天内被督察发现问题 {n} 个</translation>
    </message>
    <message>
      <source>{n} grave findings in the {days} days to {date}</source>
      <translation>截至 {date} 的 {days} 天内有严重问题 {n} 个</translation>
    </message>
    <message>
      <source>{n} findings past their rectification deadline on {date}</source>
      <translation>截至 {date} 有 {n} 个问题逾期未整改</translation>
    </message>
    <message>
      <source>Monthly score below {line} in {months}: {totals}</source>
      <translation>{months} 月度得分均低于 {line} 分：{totals}</translation>
    </message>
    <message>
      <source>No integrity pledge signed for {year} by {date}</source>
      <translation>{date} 前未签订 {year} 年度廉洁自律承诺书</translation>
    </message>
    <message>
      <source>Founded complaints</source>
      <translation>投诉属实</translation>
    </message>
    <message>
      <source>At least (complaints)</source>
      <translation>至少（件）</translation>
    </message>
    <message>
      <source>Within (days)</source>
      <translation>期间（天）</translation>
    </message>
    <message>
      <source>Complaints found to be true against the same person within a period.</source>
      <translation>同一人员在一定期间内被投诉并经查属实。</translation>
    </message>
    <message>
      <source>Repeated findings</source>
      <translation>多次被督察发现问题</translation>
    </message>
    <message>
      <source>At least (findings)</source>
      <translation>至少（个）</translation>
    </message>
    <message>
      <source>Inspection findings against the same person within a period.</source>
      <translation>同一人员在一定期间内多次被督察发现问题。</translation>
    </message>
    <message>
      <source>Grave finding</source>
      <translation>严重问题</translation>
    </message>
    <message>
      <source>At least (grave findings)</source>
      <translation>至少（个）</translation>
    </message>
    <message>
      <source>Found within (days)</source>
      <translation>发现于（天）内</translation>
    </message>
    <message>
      <source>Grave findings against a person within a period.</source>
      <translation>一定期间内被督察发现严重问题。</translation>
    </message>
    <message>
      <source>Low monthly score</source>
      <translation>月度得分偏低</translation>
    </message>
    <message>
      <source>Score below</source>
      <translation>得分低于</translation>
    </message>
    <message>
      <source>Months running</source>
      <translation>连续月数</translation>
    </message>
    <message>
      <source>The monthly score below a line in consecutive complete months.</source>
      <translation>连续多个完整月份月度得分低于设定分数线。</translation>
    </message>
    <message>
      <source>Rectification overdue</source>
      <translation>整改逾期</translation>
    </message>
    <message>
      <source>Days past the deadline</source>
      <translation>超过期限（天）</translation>
    </message>
    <message>
      <source>A finding against the person not rectified by its deadline.</source>
      <translation>人员名下问题超过整改期限仍未整改。</translation>
    </message>
    <message>
      <source>No integrity pledge</source>
      <translation>未签廉洁承诺书</translation>
    </message>
    <message>
      <source>Deadline month</source>
      <translation>截止月</translation>
    </message>
    <message>
      <source>Deadline day</source>
      <translation>截止日</translation>
    </message>
    <message>
      <source>Still unsigned (days after)</source>
      <translation>逾期仍未签订（天）</translation>
    </message>
    <message>
      <source>No pledge signed for the year by the deadline.</source>
      <translation>截止日期前未签订本年度廉洁自律承诺书。</translation>
    </message>
    <message>
      <source>{rate} complaints per 100 cases ({n} complaints, {volume} cases, {start} to {end}); the median of the {peers} people of the unit with at least {least} cases is {median}: {multiple}× the median</source>
      <translation>每百件案件被投诉 {rate} 件（{start} 至 {end}，被投诉 {n} 件，办案 {volume} 件）；本单位办案 {least} 件以上的 {peers} 人中位数为 {median}，本人为中位数的 {multiple} 倍</translation>
    </message>
    <message>
      <source>{rate} complaints per 100 cases ({n} complaints, {volume} cases, {start} to {end}); the median of the {peers} people of the unit with at least {least} cases is {median}, counted as the floor of {reference}: {multiple}× that</source>
      <translation>每百件案件被投诉 {rate} 件（{start} 至 {end}，被投诉 {n} 件，办案 {volume} 件）；本单位办案 {least} 件以上的 {peers} 人中位数为 {median}，低于下限，按 {reference} 计，本人为其 {multiple} 倍</translation>
    </message>
    <message>
      <source>{rate} findings per inspection ({n} findings, {volume} inspections, {start} to {end}); the median of the {peers} people of the unit inspected at least {least} times is {median}: {multiple}× the median</source>
      <translation>每次督察检查发现问题 {rate} 个（{start} 至 {end}，问题 {n} 个，被检查 {volume} 次）；本单位被检查 {least} 次以上的 {peers} 人中位数为 {median}，本人为中位数的 {multiple} 倍</translation>
    </message>
    <message>
      <source>{rate} findings per inspection ({n} findings, {volume} inspections, {start} to {end}); the median of the {peers} people of the unit inspected at least {least} times is {median}, counted as the floor of {reference}: {multiple}× that</source>
      <translation>每次督察检查发现问题 {rate} 个（{start} 至 {end}，问题 {n} 个，被检查 {volume} 次）；本单位被检查 {least} 次以上的 {peers} 人中位数为 {median}，低于下限，按 {reference} 计，本人为其 {multiple} 倍</translation>
    </message>
    <message>
      <source>Complaints per 100 cases</source>
      <translation>办案投诉率偏高</translation>
    </message>
    <message>
      <source>Times the unit's median</source>
      <translation>达本单位中位数的倍数</translation>
    </message>
    <message>
      <source>And at least (complaints)</source>
      <translation>且被投诉至少（件）</translation>
    </message>
    <message>
      <source>Peers: at least (cases)</source>
      <translation>参与比较：办案至少（件）</translation>
    </message>
    <message>
      <source>Floor of the median (per 100 cases)</source>
      <translation>中位数下限（每百件）</translation>
    </message>
    <message>
      <source>Over (months)</source>
      <translation>统计期（月）</translation>
    </message>
    <message>
      <source>Complaints received per 100 cases handled, against the median of the people of the same unit who handled at least the given number of cases.</source>
      <translation>每办理百件案件被投诉的件数，与本单位办案达到一定件数人员的中位数相比。</translation>
    </message>
    <message>
      <source>Findings per inspection</source>
      <translation>每次检查发现问题数偏高</translation>
    </message>
    <message>
      <source>And at least (findings)</source>
      <translation>且问题至少（个）</translation>
    </message>
    <message>
      <source>Peers: inspected at least (times)</source>
      <translation>参与比较：被检查至少（次）</translation>
    </message>
    <message>
      <source>Floor of the median (per inspection)</source>
      <translation>中位数下限（每次检查）</translation>
    </message>
    <message>
      <source>Findings per inspection a person was inspected in, against the median of the people of the same unit inspected at least the given number of times.</source>
      <translation>本人每次被督察检查发现的问题数，与本单位被检查达到一定次数人员的中位数相比。</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Unknown rule: {code}</source>
      <translation>未知的预警规则：{code}</translation>
    </message>
    <message>
      <source>{rule}: {param} must be between {low} and {high}.</source>
      <translation>{rule}：{param}应在 {low} 至 {high} 之间。</translation>
    </message>
    <message>
      <source>{rule}: {param} for a critical warning ({critical}) must be higher than for a warning ({warning}).</source>
      <translation>{rule}：严重预警的“{param}”（{critical}）须高于预警（{warning}）。</translation>
    </message>
    <message>
      <source>{rule}: {param} for a critical warning ({critical}) must be lower than for a warning ({warning}).</source>
      <translation>{rule}：严重预警的“{param}”（{critical}）须低于预警（{warning}）。</translation>
    </message>
    <message>
      <source>Integrity talk held</source>
      <translation>已进行廉政谈话</translation>
    </message>
    <message>
      <source>Reminder talk held</source>
      <translation>已进行提醒谈话</translation>
    </message>
    <message>
      <source>Training assigned</source>
      <translation>已安排培训</translation>
    </message>
    <message>
      <source>Rectification supervised</source>
      <translation>已督促整改</translation>
    </message>
    <message>
      <source>Reported to the bureau leadership</source>
      <translation>已报告局领导</translation>
    </message>
    <message>
      <source>No such warning.</source>
      <translation>预警不存在。</translation>
    </message>
    <message>
      <source>Finding: {topic} — {text}</source>
      <translation>督察问题：{topic}——{text}</translation>
    </message>
    <message>
      <source>Complaint: {text}</source>
      <translation>投诉：{text}</translation>
    </message>
    <message>
      <source>Monthly score of {month}</source>
      <translation>{month} 月度得分</translation>
    </message>
    <message>
      <source>No pledge for {year}</source>
      <translation>未签订 {year} 年度承诺书</translation>
    </message>
    <message>
      <source>{rule}: {month}</source>
      <translation>{rule}：{month}</translation>
    </message>
    <message>
      <source>{table} record {id}</source>
      <translation>{table} 记录 {id}</translation>
    </message>
    <message>
      <source>This warning has already been handled ({status}).</source>
      <translation>该预警已处置（{status}）。</translation>
    </message>
    <message>
      <source>Say what action was taken.</source>
      <translation>请填写采取的措施。</translation>
    </message>
    <message>
      <source>Give the reason for dismissing the warning.</source>
      <translation>请填写排除该预警的理由。</translation>
    </message>
    <message>
      <source>Say how the matter was resolved.</source>
      <translation>请填写问题的解决情况。</translation>
    </message>
    <message>
      <source>Select the warnings to handle.</source>
      <translation>请选择要处置的预警。</translation>
    </message>
  </context>
  <context>
    <name>workspace</name>
    <message>
      <source>Another desktop was saving the same records at the same moment. Nothing was saved: refresh and try again.</source>
      <translation>另一台电脑正在同时保存相同的记录。本次未保存任何内容：请刷新后再试。</translation>
    </message>
    <message>
      <source>The database stayed busy with another desktop's work for too long. Nothing was saved: try again in a moment.</source>
      <translation>数据库正忙于处理另一台电脑的操作，等待超时。本次未保存任何内容：请稍后再试。</translation>
    </message>
  </context>
</TS>
