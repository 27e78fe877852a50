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
    <name>FirstAdminDialog</name>
    <message>
      <source>Create the administrator account</source>
      <translation>创建管理员账号</translation>
    </message>
    <message>
      <source>This database is new. Name the bureau and create its administrator, who can then add the squads and departments, the people, and the accounts of supervisors, squad leaders and viewers.</source>
      <translation>这是一个新数据库。请填写本局名称并创建管理员账号；管理员随后可以添加中队和科室、人员，以及督察员、中队长和局领导的账号。</translation>
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
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
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
      <source>Found this month</source>
      <translation>本月发现</translation>
    </message>
    <message>
      <source>Found this year</source>
      <translation>本年发现</translation>
    </message>
    <message>
      <source>All open findings</source>
      <translation>全部未办结问题</translation>
    </message>
    <message>
      <source>Search unit, person, topic, description…</source>
      <translation>搜索单位、责任人、事项、问题描述…</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
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
      <translation>责任人</translation>
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
      <source>Status</source>
      <translation>状态</translation>
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
      <source>held in {month}</source>
      <translation>{month} 开展</translation>
    </message>
    <message>
      <source>found in {month}</source>
      <translation>{month} 发现</translation>
    </message>
    <message>
      <source>not yet verified</source>
      <translation>尚未复核</translation>
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
    <message>
      <source>{shown} of {total} findings</source>
      <translation>共 {total} 个问题，显示 {shown} 个</translation>
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
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>备份已保存至 {path}</translation>
    </message>
    <message>
      <source>About Ducha</source>
      <translation>关于督察管理系统</translation>
    </message>
    <message>
      <source>Ducha (督察) — supervisory console for the supervision squad of an administrative law-enforcement bureau: points-based performance review, integrity checks and training hours.</source>
      <translation>督察管理系统——综合行政执法局督察队工作平台，涵盖积分制绩效考核、廉政督察和教育培训学时管理。</translation>
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
      <source>Training hours this year</source>
      <translation>本年培训学时</translation>
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
      <source>nobody on strength</source>
      <translation>暂无在岗人员</translation>
    </message>
    <message>
      <source>{month}, base score plus approved points</source>
      <translation>{month}，基础分加已通过的加减分</translation>
    </message>
    <message>
      <source>{n} overdue for rectification</source>
      <translation>其中 {n} 个逾期未整改</translation>
    </message>
    <message>
      <source>Legal training: {avg:.1f} h per officer; {on} of {total} officers on pace</source>
      <translation>法律培训：在编执法人员人均 {avg:.1f} 学时；{total} 人中 {on} 人进度达标</translation>
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
      <source> (this month so far)</source>
      <translation>（本月截至目前）</translation>
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
      <source>Search staff number, name, unit, position…</source>
      <translation>搜索工号、姓名、单位、职务…</translation>
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
      <source>Entries this month</source>
      <translation>本月积分记录</translation>
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
      <source>Pending approval</source>
      <translation>待审核</translation>
    </message>
    <message>
      <source>Average score</source>
      <translation>平均分</translation>
    </message>
    <message>
      <source>Search staff number, name, unit, rule…</source>
      <translation>搜索工号、姓名、单位、细则…</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
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
      <source>{month}, in every status</source>
      <translation>{month}，含全部状态</translation>
    </message>
    <message>
      <source>approved entries, before monthly caps</source>
      <translation>已通过记录，未计月度封顶</translation>
    </message>
    <message>
      <source>waiting for a decision</source>
      <translation>等待审核</translation>
    </message>
    <message>
      <source>nobody on strength</source>
      <translation>暂无在岗人员</translation>
    </message>
    <message>
      <source>base score plus approved points, capped</source>
      <translation>基础分加已通过的加减分，按封顶计</translation>
    </message>
    <message>
      <source>{shown} of {total} entries</source>
      <translation>共 {total} 条，显示 {shown} 条</translation>
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
      <source>From</source>
      <translation>原单位</translation>
    </message>
    <message>
      <source>To</source>
      <translation>调入单位</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Transfers</source>
      <translation>调动记录</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation>报表</translation>
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
      <source>Roster exported</source>
      <translation>花名册已导出</translation>
    </message>
    <message>
      <source>The roster was written to
{path}</source>
      <translation>花名册已保存至：
{path}</translation>
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
      <source>Only an administrator can add or disable accounts.</source>
      <translation>仅管理员可新增或停用账号。</translation>
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
      <source>Last sign-in</source>
      <translation>最近登录</translation>
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
      <source>Schema revision</source>
      <translation>数据库结构版本</translation>
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
      <source>none</source>
      <translation>无</translation>
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
    <name>TrainingPage</name>
    <message>
      <source>Training</source>
      <translation>教育培训</translation>
    </message>
    <message>
      <source>Sessions held this year</source>
      <translation>本年培训期数</translation>
    </message>
    <message>
      <source>Person-times trained</source>
      <translation>参训人次</translation>
    </message>
    <message>
      <source>Hours credited</source>
      <translation>认定学时</translation>
    </message>
    <message>
      <source>Legal training per officer</source>
      <translation>在编执法人员人均法律培训</translation>
    </message>
    <message>
      <source>Search title, organiser, place…</source>
      <translation>搜索培训名称、主办单位、地点…</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>全部类别</translation>
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
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>学时</translation>
    </message>
    <message>
      <source>Organiser</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
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
      <source>{year}, up to {today}</source>
      <translation>{year}年，截至 {today}</translation>
    </message>
    <message>
      <source>present at a session</source>
      <translation>按实际出勤统计</translation>
    </message>
    <message>
      <source>hours credited to people</source>
      <translation>已计入个人的学时</translation>
    </message>
    <message>
      <source>{hours} h</source>
      <translation>{hours} 学时</translation>
    </message>
    <message>
      <source>required {required} h a year, {expected} h by now; {on} of {total} officers on pace</source>
      <translation>每年须完成 {required} 学时，截至目前应完成 {expected} 学时；{total} 人中 {on} 人进度达标</translation>
    </message>
    <message>
      <source>{shown} of {total} sessions</source>
      <translation>共 {total} 期培训，显示 {shown} 期</translation>
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
      <source>The last active administrator cannot be disabled.</source>
      <translation>不能停用最后一个启用中的管理员账号。</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Demo bureau: sign in as {user} / {password}.</source>
      <translation>演示数据：请使用 {user} / {password} 登录。</translation>
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
  </context>
  <context>
    <name>auth</name>
    <message>
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
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
      <source>The password needs at least 6 characters.</source>
      <translation>密码至少需要 6 个字符。</translation>
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
      <source>audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <source>check the audit log's hash chain</source>
      <translation>校验审计日志的哈希链</translation>
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
      <source> (disabled)</source>
      <translation>（已停用）</translation>
    </message>
    <message>
      <source>no unit named {name}</source>
      <translation>不存在名为 {name} 的单位</translation>
    </message>
    <message>
      <source>the two passwords differ</source>
      <translation>两次输入的密码不一致</translation>
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
  </context>
  <context>
    <name>database</name>
    <message>
      <source>{db} is neither a file path nor a database URL: {error}</source>
      <translation>{db} 既不是文件路径，也不是数据库地址：{error}</translation>
    </message>
    <message>
      <source>{db} was made by a newer version of Ducha (schema {revision}); please update Ducha.</source>
      <translation>{db} 由更新版本的督察管理系统创建（结构版本 {revision}），请升级本软件。</translation>
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
      <source>Only SQLite databases are backed up by Ducha; use pg_dump for PostgreSQL.</source>
      <translation>本系统只备份 SQLite 数据库；PostgreSQL 数据库请使用 pg_dump 备份。</translation>
    </message>
    <message>
      <source>The backup failed: {error}</source>
      <translation>备份失败：{error}</translation>
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
    <name>errors</name>
    <message>
      <source>Row {row}: {message}</source>
      <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
      <source>Cannot do this</source>
      <translation>无法执行此操作</translation>
    </message>
  </context>
  <context>
    <name>exports</name>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
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
      <source>Roster</source>
      <translation>花名册</translation>
    </message>
    <message>
      <source>{title} (as of {date})</source>
      <translation>{title}（截至 {date}）</translation>
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
      <source>Administrator</source>
      <translation>管理员</translation>
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
      <translation>已签收</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已处置</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>已撤销</translation>
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
      <source>Staff number {no} already belongs to {name}.</source>
      <translation>工号 {no} 已属于 {name}。</translation>
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
      <source>The date is in the future.</source>
      <translation>日期不能晚于今天。</translation>
    </message>
    <message>
      <source>Give the reason.</source>
      <translation>请填写原因。</translation>
    </message>
    <message>
      <source>This person is already active.</source>
      <translation>该人员已在岗。</translation>
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
    <name>setup</name>
    <message>
      <source>This database already has accounts; please sign in.</source>
      <translation>该数据库已有账号，请登录。</translation>
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
</TS>
