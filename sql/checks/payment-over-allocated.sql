-- A patient payment that settles more than its amount: the sum of what it was allocated to exceeds what was paid.
SELECT p.id
FROM payment p
JOIN allocation a ON a.payment_id = p.id
GROUP BY p.id, p.amount
HAVING sum(a.amount) > p.amount
ORDER BY p.id
