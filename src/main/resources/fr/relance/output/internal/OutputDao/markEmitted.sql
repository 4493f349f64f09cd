-- An action of a registered batch went out tonight (only a planned one: a count short of the batch rolls it back).
UPDATE dunning_action
SET status = 'emitted', emitted_on = :night, output_batch_id = :batch, template_version = :templateVersion,
    first_page = NULLIF(:firstPage, 0), pages = NULLIF(:pages, 0)
WHERE id = :actionId AND status = 'planned'
