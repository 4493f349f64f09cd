-- The latest business date whose night completed: its closing completed with no establishment missing (any of the
-- closing's executions may be the one that completed it, after failed attempts).
SELECT max(p.parameter_value::date)
FROM batch_job_execution_params p
JOIN batch_job_execution e ON e.job_execution_id = p.job_execution_id
JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
WHERE i.job_name = :jobName AND p.parameter_name = 'runDate' AND e.status = 'COMPLETED'
  AND EXISTS (SELECT 1 FROM batch_job_execution_params m
              WHERE m.job_execution_id = e.job_execution_id AND m.parameter_name = 'missing'
                AND COALESCE(m.parameter_value, '') = '')
