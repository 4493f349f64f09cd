-- the first STOP of a number stands: sent again in a later list, it keeps its first day
INSERT INTO sms_stop (finess, number, stopped_on, source_file_id, source_line)
VALUES (:finess, :number, :on, :file, :line)
ON CONFLICT (finess, number) DO NOTHING
