-- The last night an action of this channel went out on the case (its proposal, its hand-over dossier), if one did.
SELECT max(a.emitted_on) FROM dunning_action a
WHERE a.case_id = :caseId AND a.channel = :channel AND a.status = 'emitted' AND a.emitted_on <= :on
