"""Star levels of auxiliary and assistant staff (辅助人员星级管理): the setting, the yearly
rule, the review with its confirmation, and each person's history. docs/star-levels.md
states the rule."""
