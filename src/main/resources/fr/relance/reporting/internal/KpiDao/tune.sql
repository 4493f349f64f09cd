-- For this transaction only: the night's aggregates over every establishment's parts and allocations stay in memory
-- (with the default work_mem they spill to disk in batches)
SELECT set_config('work_mem', '256MB', true)
