<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AccountDialog</name>
    <message>
      <source>Add account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A squad leader sees only this unit and those below it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Display name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeactivateDialog</name>
    <message>
      <source>Deactivate person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Their records stay; they leave the active lists and future rankings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Effective date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstAdminDialog</name>
    <message>
      <source>Create the administrator account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database has no accounts yet. Create the administrator, who can then add the supervisors, squad leaders and viewers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Display name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IntegrityPage</name>
    <message>
      <source>Integrity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inspections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rectification rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pledge coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Found this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Found this year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All open findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search unit, person, topic, description…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>held in {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>found in {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not yet verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deadline passed, rectification still owed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{verified} of {due} findings of {year} due by today verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{signed} of {people} people signed for {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{shown} of {total} findings</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Sign in to Ducha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ducha supervisory console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database: {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Ducha — supervisory console</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Performance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Integrity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People &amp; Units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Month:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Back up database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About Ducha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database: {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User: {name} ({username})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Role: {role}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About Ducha</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ducha (督察) — supervisory console for the supervision squad of an administrative law-enforcement bureau: points-based performance review, integrity checks and training hours.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MonthPicker</name>
    <message>
      <source>Previous month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yyyy-MM</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People on strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Average score this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Training hours this year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People by unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bureau average score, last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{category} {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nobody on strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{month}, base score plus approved points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} overdue for rectification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal training: {avg:.1f} h per officer; {on} of {total} officers on pace</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>People &amp; Units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search staff number, name, unit, position…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inactive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deactivate…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reactivate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hire date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal qualification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{shown} of {total} people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put {name} back on strength?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PerformancePage</name>
    <message>
      <source>Performance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Entries this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Awards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deductions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pending approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Average score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search staff number, name, unit, rule…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rule text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recorded by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{month}, in every status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>approved entries, before monthly caps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>waiting for a decision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>nobody on strength</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>base score plus approved points, capped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{shown} of {total} entries</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>Edit person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use Transfer to move a person to another unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Holds the legal professional qualification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hire date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProfileDialog</name>
    <message>
      <source>Profile: {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hire date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal qualification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Performance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Integrity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Awards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deductions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monthly totals, last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quantity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rule text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Point entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deadline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Substance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Complaints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Talked with by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Integrity talks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Integrity pledges signed: {years}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours credited in {year}: {hours:.1f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attendance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Training sessions this year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pass</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Issued</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Certificates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transfers</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People roster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Include people who have left or moved away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export people roster (xlsx)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Personnel roster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{unit} personnel roster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One Excel sheet with everyone you may see ({n} people on strength): staff number, name, unit, category, position, gender, birth and hire dates, status, legal qualification and phone, ready to filter and to print on A4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>roster-{date}.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export people roster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing {n} people to {path}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roster exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The roster was written to
{path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot write {path}: the file is open in another program (Excel?) or the folder is read-only. Close the file or choose another name, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot write {path}:
{error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The roster could not be written:
{error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search user name, display name, unit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only an administrator can add or disable accounts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Display name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last sign-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interface language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The language applies the next time Ducha starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schema revision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Point events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit log entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back up now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A PostgreSQL server is backed up with the server's tools (pg_dump).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backing up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only SQLite databases are backed up by Ducha; use pg_dump.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup failed: {error}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrainingPage</name>
    <message>
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sessions held this year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person-times trained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours credited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal training per officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search title, organiser, place…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organiser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Present</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Absent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{year}, up to {today}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>present at a session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>hours credited to people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{hours} h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>required {required} h a year, {expected} h by now; {on} of {total} officers on pace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{shown} of {total} sessions</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Transfer to another unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Effective date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>accounts</name>
    <message>
      <source>No such account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You cannot disable your own account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last active administrator cannot be disabled.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Demo bureau: sign in as {user} / {password}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot open the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ducha could not open {db}:
{error}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>auth</name>
    <message>
      <source>Wrong user name or password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use letters, digits, dots and underscores only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This user name is taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Display name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The password needs at least 6 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A squad leader must be given a unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No such unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The first account must be an admin.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Ducha supervisory console.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>database file or URL (default: the user data folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>language of the interface</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open on a fresh demo bureau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open the console (the default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>generate the demo bureau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>last day of demo activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>replace an existing demo file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>manage accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>add an account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>display name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unit name (required for a squad leader)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>read the password from stdin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>copy the database to a backup file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>audit log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>check the audit log's hash chain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo bureau generated in {db}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{people} people, {units} units, {events} point events over {months} months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in as {user} with password {password}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (disabled)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no unit named {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the two passwords differ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Account {user} created ({role}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repeat password: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>audit row {id}: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The audit log has been altered: {n} problems in {checked} rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Audit log intact: {checked} rows verified.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <source>This database already holds data. The demo bureau can only be generated into a new, empty database.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Cannot do this</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>exports</name>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gender</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hire date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal qualification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{title} (as of {date})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Bureau</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Squad</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Town team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Branch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Officer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Auxiliary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assistant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contractor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Male</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Female</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transferred out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Administrator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supervisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Squad leader</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Viewer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Casework</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Patrol</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Commendation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Discipline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Supervision finding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case-file review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Void</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Manual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inspection finding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excellent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pass</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Basic pass</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Routine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Special</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unannounced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Serious</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Grave</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Assigned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rectified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Verified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>12345 hotline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letters and visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Media</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inspection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unfounded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pre-appointment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Admonition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collective</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acknowledged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismissed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal training</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Professional skills</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lecture hall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drills and competitions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Online study</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Induction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Integrity education</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Present</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Absent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enforcement certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Auxiliary enforcement certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Legal professional qualification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drone pilot licence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other certificate</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>people</name>
    <message>
      <source>No such person.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This person is outside your unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff number is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use letters, digits and hyphens (at most 20).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Staff number {no} already belongs to {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name is too long (at most 40 characters).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No such unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This unit is no longer active.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a category.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Birth date is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Age must be between 16 and 75 years.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hire date is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hire date must be at least 16 years after birth.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone number may hold digits, +, - and spaces.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose an active unit to transfer to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The person is already in this unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only an active person can be transferred.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The transfer date is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose 'left' or 'transferred out'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This person is already inactive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The date is before the hire date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This person is already active.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>permissions</name>
    <message>
      <source>Please sign in first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only an administrator may do this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your role (viewer) may read but not change records.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A squad leader may only act on their own unit.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>units</name>
    <message>
      <source>Unit name is required.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the unit this one belongs to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No such unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A unit of this name already exists here.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
