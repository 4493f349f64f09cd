-- The establishment's STOP list as of the run date: the mapper matches each debtor's mobile against it in E.164, the
-- form the numbers are stored in, so any writing of a mobile in a ledger is found.
SELECT number, stopped_on
FROM sms_stop
WHERE finess = :finess AND stopped_on <= :runDate
