"""Service contractors (服务外包企业) assessed monthly, their payment tied to the score.

- ``settings``: the checklist, deductions per finding, the payment table, the elimination
  rule (one bureau-wide setting, the 督察队长's).
- ``rules``: how a score, a coefficient, a payment and an elimination warning are formed
  (pure functions; docs/contractors.md states them with a worked example).
- ``records``: companies, contracts and which company a contractor person works for.
- ``assessments``: a company's monthly checklist, entered by supervisors.
- ``month``: everything about one month, gathered for the page, the CLI and the outputs.
"""
