"""Grades tied to personnel decisions (与评优评先、职级晋升、轮岗挂钩): grade history,
commendation and rotation candidates, the red and black lists, the quarterly and yearly
rankings with the year's stars. Every rule is stated in docs/decisions.md."""
