-- Spring Batch stores a LocalDate parameter as its ISO text. A night after today was run by mistake (or by a test):
-- it must not make every real night look older than the first one.
SELECT min(p.parameter_value::date)
FROM batch_job_execution_params p
JOIN batch_job_execution e ON e.job_execution_id = p.job_execution_id
JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
WHERE i.job_name = :jobName AND p.parameter_name = 'runDate' AND p.parameter_value::date <= :today
