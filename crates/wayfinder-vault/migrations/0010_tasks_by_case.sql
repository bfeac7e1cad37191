-- 10: each case's open tasks by due date, so that the list of cases finds a case's next due
-- date and counts its overdue tasks with a seek each, not a scan of all its tasks.
CREATE INDEX task_index_open_by_case ON task_index (case_id, done, due);
