-- The night's shares, all at once, dated the day each payment was made. A payment settles a part at most once:
-- a share already there (a rerun) is left as it is.
INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, payment_id)
SELECT s.part_id, s.cents::numeric / 100, 'payment', p.paid_on, p.id
FROM unnest(:paymentIds, :partIds, :cents) AS s (payment_id, part_id, cents)
JOIN payment p ON p.id = s.payment_id
ON CONFLICT (invoice_part_id, payment_id, kind) WHERE payment_id IS NOT NULL DO NOTHING
